/** The output formats of `diff`: terminal text, Markdown, or a branded PDF change notice. */
export const DIFF_FORMATS = ['text', 'md', 'pdf'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
