// A worker thread of `--threads`: takes groups of pieces of the files it is sent until none is left (see PiecePool).
import { parentPort } from 'node:worker_threads';
import { commentColumns } from '../survey/comment-columns.js';
import { loadCommentLanguage } from '../survey/comment-language.js';
import { analyzeGroup, takeGroup, useCommentLanguage, type PieceJob } from './analyze-piece.js';

// The detector of comment languages, loaded by the first job whose survey has comment columns:
// its data costs time and memory that a survey without comments need not pay on this thread.
let detector: Promise<void> | null = null;

parentPort?.on('message', async (job: PieceJob) => {
  if (commentColumns(job.model.columns, job.model.vocabulary).length > 0) await (detector ??= loadCommentLanguage().then(useCommentLanguage));
  for (let group = takeGroup(job); group < job.groups.length; group = takeGroup(job)) parentPort?.postMessage(analyzeGroup(job, group));
});
