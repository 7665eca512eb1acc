/** Messages of the `sync.*` issue and error codes, shown as `errors.sync.<code>`. */
export const SYNC_MESSAGES_ZH = {
  demoData: '本机是示范数据，示范数据不会同步到服务器。请先在“同步”页清除示范数据。',
  badUrl: '服务器地址不正确，应类似 https://192.168.1.20:5180',
  insecureServer: '{{origin}} 没有加密连接，需要您确认后才能登录。',
  otherServer:
    '本机的数据来自另一台同步服务器，不能与这台服务器混在一起。如确需更换服务器，请先在“设置”中清除本机数据。',
  unreachable: '连不上服务器：请检查网络和服务器地址。修改已保存在本机，联网后会自动上传。',
  not_sync_server: '这个地址不是街道工作台同步服务器。',
  unauthorized: '用户名或密码不正确，或账号已停用。',
  token_expired: '登录已过期，请重新登录。',
  forbidden: '超出您的权限范围。',
  gap: '服务器缺少本机更早的修改，无法继续同步。请联系管理员。',
  client_taken: '这台电脑的同步身份属于另一位用户。请由该用户登录同步。',
  otherUserPending:
    '本机还有 {{count}} 条{{name}}的修改没有同步，换用户登录前请先由{{name}}登录同步，或在“同步”页导出修改文件。',
  takenPending:
    '本机的同步身份已归另一位用户或只用于同步文件，而本机还有 {{count}} 条修改没有同步。请先由上一位用户登录同步，或在“同步”页导出修改文件，之后再登录。',
  too_large: '一次发送的内容太多。',
  rate_limited: '登录尝试太多，请稍后再试。',
  bad_request: '服务器认为请求格式不正确，请升级应用。',
  internal: '服务器出错，请稍后再试或联系管理员。',
  client: '同步出错：{{message}}',
  bundle: {
    damaged: '文件已损坏（校验不符），未导入任何内容。请重新导出一份。',
    notBundle: '这不是街道工作台的同步文件。',
    newerFormat: '这个文件由更新版本的应用生成，请先升级本机应用。',
    schema: '这个文件由更新版本的应用生成，请先升级本机应用。',
    otherServer: '这个文件属于另一台同步服务器或另一个范围，不能在这里导入。',
    otherClient: '这个回传文件是给另一台电脑的，不能在本机导入。',
    ownChanges: '这是本机自己导出的修改文件，应带到能联网的工作站导入。',
    stale: '这个文件比本机已有的数据旧，没有导入。',
    gap: '还有更早的文件没有导入，请先导入更早的文件。',
    noConnection: '导入外勤点的修改需要先登录服务器。',
  },
};

export const SYNC_MESSAGES_EN: typeof SYNC_MESSAGES_ZH = {
  demoData: 'This computer holds demo data, which never goes to a server. Clear it first on the Sync page.',
  badUrl: 'The server address is not valid; it looks like https://192.168.1.20:5180',
  insecureServer: '{{origin}} has no encrypted connection; confirm before signing in.',
  otherServer:
    'This computer’s data came from another sync server and cannot be mixed with this one. To change servers, clear the local data in Settings first.',
  unreachable:
    'Cannot reach the server: check the network and the address. Changes are kept here and go up once connected.',
  not_sync_server: 'This address is not a Street Desk sync server.',
  unauthorized: 'Wrong user name or password, or the account is disabled.',
  token_expired: 'Your sign-in has expired; sign in again.',
  forbidden: 'Outside your permissions.',
  gap: 'The server is missing earlier changes of this computer and cannot go on. Ask your administrator.',
  client_taken: 'This computer’s sync identity belongs to another user. Sign in as that user to sync.',
  otherUserPending:
    '{{count}} changes by {{name}} on this computer are not synced yet. Before another user signs in, let {{name}} sign in and sync, or export the changes to a file on the Sync page.',
  takenPending:
    'This computer’s sync identity belongs to another user or is used for sync files only, and {{count}} changes on it are not synced yet. Let the previous user sign in and sync, or export the changes to a file on the Sync page, then sign in.',
  too_large: 'Too much was sent at once.',
  rate_limited: 'Too many sign-in attempts; try again later.',
  bad_request: 'The server found the request malformed; update the app.',
  internal: 'The server failed; try again later or ask your administrator.',
  client: 'Sync failed: {{message}}',
  bundle: {
    damaged: 'The file is damaged (its checksum does not match); nothing was imported. Export it again.',
    notBundle: 'This is not a Street Desk sync file.',
    newerFormat: 'A newer version of the app made this file; update this app first.',
    schema: 'A newer version of the app made this file; update this app first.',
    otherServer: 'This file belongs to another sync server or scope and cannot be imported here.',
    otherClient: 'This reply file is for another computer and cannot be imported here.',
    ownChanges: 'This is this computer’s own changes file; import it at a connected workstation.',
    stale: 'This file is older than the data here; nothing was imported.',
    gap: 'An earlier file has not been imported yet; import that one first.',
    noConnection: 'Sign in to a server before importing an office’s changes.',
  },
};
