import { Button, Card, Col, Row, Tag, Typography } from 'antd';
import {
  CloudServerOutlined,
  FileExcelOutlined,
  FileAddOutlined,
  ExperimentOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { WELCOME_DONE_KEY } from '../../db/local-data';
import { DemoLoadForm } from './DemoLoadForm';

/** First launch on an empty database: demo street, Excel (later), server (later) or empty. */
export function WelcomePage() {
  const { t } = useTranslation();
  const later = <Tag>{t('welcome.later')}</Tag>;
  return (
    <div className="page welcome">
      <Typography.Title level={2}>{t('welcome.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('welcome.body')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            title={
              <>
                <ExperimentOutlined /> {t('welcome.demo')}
              </>
            }
          >
            <Typography.Paragraph>{t('welcome.demoBody')}</Typography.Paragraph>
            <DemoLoadForm />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <Card
                size="small"
                title={
                  <>
                    <FileExcelOutlined /> {t('welcome.importExcel')}
                  </>
                }
                extra={later}
              >
                <Typography.Text type="secondary">{t('welcome.importExcelBody')}</Typography.Text>
              </Card>
            </Col>
            <Col span={24}>
              <Card
                size="small"
                title={
                  <>
                    <CloudServerOutlined /> {t('welcome.connect')}
                  </>
                }
                extra={later}
              >
                <Typography.Text type="secondary">{t('welcome.connectBody')}</Typography.Text>
              </Card>
            </Col>
            <Col span={24}>
              <Card
                size="small"
                title={
                  <>
                    <FileAddOutlined /> {t('welcome.empty')}
                  </>
                }
              >
                <Typography.Paragraph type="secondary">{t('welcome.emptyBody')}</Typography.Paragraph>
                <Button onClick={() => db.meta.put({ key: WELCOME_DONE_KEY, value: true })}>
                  {t('welcome.start')}
                </Button>
              </Card>
            </Col>
          </Row>
        </Col>
      </Row>
    </div>
  );
}
