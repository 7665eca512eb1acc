import { Button, Card, Col, Row, Typography } from 'antd';
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
import { WelcomeImport } from '../excel';
import { ConnectServerCard } from '../sync';

/** First launch on an empty database: a demo street, an Excel import, a sync server, or empty. */
export function WelcomePage() {
  const { t } = useTranslation();
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
              >
                <Typography.Paragraph type="secondary">{t('welcome.importExcelBody')}</Typography.Paragraph>
                <WelcomeImport />
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
              >
                <ConnectServerCard />
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
