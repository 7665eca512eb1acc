import { List, Space, Tag, Typography } from 'antd';
import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CheckResult, CheckStatus } from '@shared/access/checks';
import { useCheckText } from './use-check-text';

const ICON: Record<CheckStatus, React.ReactNode> = {
  pass: <CheckCircleFilled className="check-icon" style={{ color: '#52c41a' }} />,
  fail: <CloseCircleFilled className="check-icon" style={{ color: '#cf1322' }} />,
  warn: <ExclamationCircleFilled className="check-icon" style={{ color: '#d48806' }} />,
  info: <InfoCircleFilled className="check-icon" style={{ color: '#1677ff' }} />,
};

/** The automatic checks of a request, each with its reason and what it is about. */
export function CheckList({ results }: { results: readonly CheckResult[] }) {
  const { t } = useTranslation();
  const { label, reason } = useCheckText(results);
  return (
    <List
      className="check-list"
      size="small"
      dataSource={[...results]}
      renderItem={(r) => (
        <List.Item data-testid={`check-${r.id}`} data-status={r.status}>
          <List.Item.Meta
            avatar={ICON[r.status]}
            title={
              <Space>
                {t(`access.check.${r.id}`)}
                <Typography.Text type="secondary">{t(`access.check.status.${r.status}`)}</Typography.Text>
              </Space>
            }
            description={
              <>
                <span className="check-reason">{reason(r)}</span>
                {r.list?.map((v) => (
                  <Tag
                    key={v}
                    color={r.status === 'fail' ? 'red' : undefined}
                    style={{ marginInlineStart: 4 }}
                  >
                    {label(v)}
                  </Tag>
                ))}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
