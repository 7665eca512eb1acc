import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { wordDocumentBytes } from './document';

describe('wordDocumentBytes', () => {
  it('writes the title, headings, paragraphs and table cells into the document body', async () => {
    const bytes = await wordDocumentBytes({
      title: '安贞街道 2026年11月 工作月报',
      subtitle: '朝阳区 安贞街道',
      blocks: [
        { kind: 'heading', text: '接诉即办' },
        { kind: 'paragraph', text: '本月受理 1,204 件。' },
        { kind: 'table', header: ['社区', '响应率'], rows: [['安华里社区', '98.5%']] },
      ],
    });
    const body = strFromU8(unzipSync(bytes)['word/document.xml']!);
    for (const text of [
      '安贞街道 2026年11月 工作月报',
      '朝阳区 安贞街道',
      '接诉即办',
      '本月受理 1,204 件。',
      '安华里社区',
      '98.5%',
    ]) {
      expect(body).toContain(text);
    }
    expect(body).toContain('<w:tbl>');
  });
});
