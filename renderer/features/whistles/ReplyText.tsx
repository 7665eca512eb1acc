import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallReply } from '@shared/model/whistle';

/**
 * A department's answer with who gave it: the department through its own login, or the street
 * on its behalf (代录) — the two weigh differently in 双考核, so the list never lets them look alike.
 */
export function ReplyText({ reply }: { reply: CallReply }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary">
      <Tag color={reply.byDepartment ? 'blue' : 'default'} style={{ marginInlineEnd: 4 }}>
        {t(reply.byDepartment ? 'whistles.card.byDepartment' : 'whistles.card.onBehalf')}
      </Tag>
      {reply.text}
    </Typography.Text>
  );
}
