import { describe, expect, it } from 'vitest';
import { differingCharacters, endStart } from '../../../renderer/src/components/middleEllipsisText';

describe('names cut short in the middle', () => {
  it('keep a zip member’s own name, else the last few characters and the extension', () => {
    expect('报送.zip/省法院.xlsx'.slice(endStart('报送.zip/省法院.xlsx'))).toBe('/省法院.xlsx');
    expect('省法院2023年三季度报送.xlsx'.slice(endStart('省法院2023年三季度报送.xlsx'))).toBe('季度报送.xlsx');
  });

  it('mark where names that would show the same end differ from their nearest twin, and leave the others out', () => {
    const differsAt = differingCharacters([
      '省法院2023年二季度报送.xlsx',
      '省法院2023年三季度报送.xlsx',
      '省财政厅2023年三季度报送.xlsx',
      '省商务厅报送.docx',
    ]);
    expect(differsAt.get('省法院2023年二季度报送.xlsx')).toBe('省法院2023年'.length);
    // Alike with both: the other quarter of the same court is the one to tell it from.
    expect(differsAt.get('省法院2023年三季度报送.xlsx')).toBe('省法院2023年'.length);
    expect(differsAt.get('省财政厅2023年三季度报送.xlsx')).toBe(1);
    expect(differsAt.has('省商务厅报送.docx')).toBe(false);
  });
});
