// A worker thread of `--threads`: takes groups of pieces of the files it is sent until none is left (see PiecePool).
import { parentPort } from 'node:worker_threads';
import { commentColumns } from '../survey/comment-columns.js';
import { loadCommentLanguage } from '../survey/comment-language.js';
import { analyzeGroup, LOAD_COMMENT_LANGUAGE, takeGroup, useCommentLanguage, type PoolMessage } from './analyze-piece.js';

// The detector of comment languages, loaded when this thread is told that the survey has comment
// columns, or by the first job whose survey has them: its data costs time and memory that a survey
// without comments need not pay on this thread.
let detector: Promise<void> | null = null;
const loadDetector = () => (detector ??= loadCommentLanguage().then(useCommentLanguage));

parentPort?.on('message', async (message: PoolMessage) => {
  if (message === LOAD_COMMENT_LANGUAGE) {
    await loadDetector();
    return;
  }
  const job = message;
  if (commentColumns(job.model.columns, job.model.vocabulary).length > 0) await loadDetector();
  for (let group = takeGroup(job); group < job.groups.length; group = takeGroup(job)) parentPort?.postMessage(analyzeGroup(job, group));
});
