export { loadBundledData, type BundledLoadReport } from './bundled.ts';
export { yearlyEurValue, type ReferenceTables } from './yearly-eur.ts';
export { observationId } from './observation-id.ts';
export { ingestTexts, type TextIngestReport, type IngestProgress } from './ingest-texts.ts';
export { textObservations, textSource, textSourceId, type TextDocument } from './text-document.ts';
export * from './postings/index.ts';
