import { Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTITY_NAMES } from '@shared/excel/entity';
import { ENTITY_SPECS } from '@shared/excel/entities';
import { ImportButton } from './ImportButton';
import { TemplateButton } from './TemplateButton';
import { BatchHistory } from './BatchHistory';
import './excel.css';

/** 数据导入: every importable table, its template, and the imports made so far (undoable). */
export function ExcelPage() {
  const { t, i18n } = useTranslation();
  return (
    <div className="page excel-page">
      <Typography.Title level={3}>{t('excel.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('excel.subtitle')}</Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {ENTITY_NAMES.map((entity) => {
          const spec = ENTITY_SPECS[entity];
          const required = spec.fields
            .filter((f) => f.required)
            .map((f) => (i18n.language === 'en' ? f.headerEn : f.header));
          return (
            <Col key={entity} xs={24} md={12} xl={8}>
              <Card size="small" title={t(`excel.entities.${entity}`)} data-testid={`excel-entity-${entity}`}>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ minHeight: 44 }}>
                  {required.join(t('common.separator'))}
                </Typography.Paragraph>
                <Space>
                  <ImportButton entity={entity} type="primary" />
                  <TemplateButton entity={entity} />
                </Space>
              </Card>
            </Col>
          );
        })}
      </Row>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t('excel.batches.title')}
      </Typography.Title>
      <BatchHistory />
    </div>
  );
}
