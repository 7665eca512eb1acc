import { Button, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useJobStore } from './job-store';

/** The running job, with its progress and a cancel button. */
export function JobProgress() {
  const { t } = useTranslation();
  const job = useJobStore((s) => s.jobs[0]);
  return (
    <Modal
      open={job !== undefined}
      title={job?.title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button danger onClick={() => job?.cancel()}>
          {t('common.cancelJob')}
        </Button>
      }
    >
      <Progress percent={Math.floor((job?.progress ?? 0) * 100)} status="active" />
      {job?.detail && <Typography.Text type="secondary">{job.detail}</Typography.Text>}
    </Modal>
  );
}
