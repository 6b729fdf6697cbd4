import { describe, expect, it } from 'vitest';
import { runTs } from '../../../package/helpers/run-ts';

describe('pdfmake speedups', () => {
  it('make the same PDF bytes as pdfmake alone, document after document', async () => {
    const script = '../../formats/pdf/speed/helpers/render-sample.ts';
    const [plain, fast] = await Promise.all([runTs(script, ['plain']), runTs(script, ['fast'])]);
    const [plainHead, ...plainDocs] = plain.trim().split('\n');
    const [fastHead, ...fastDocs] = fast.trim().split('\n');
    expect(plainHead).toBe('installed ');
    // Both are in effect: if pdfmake or pdfkit changed so that one no longer applies, this says so.
    expect(fastHead).toBe('installed true true');
    expect(plainDocs).toHaveLength(3);
    expect(fastDocs).toEqual(plainDocs);
    // The first and third documents are the same definition: caches carried over must not change them.
    expect(fastDocs[2]).toBe(fastDocs[0]);
  });
});
