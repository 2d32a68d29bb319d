/**
 * Fills the progress marks of a page from the learner's stored progress.
 * Imported by the scripts of SequenceProgressMark and ModuleProgress; ES
 * modules run once, so a page holding both still reads the storage once.
 * Until it runs (or when storage is blocked) the marks stay hidden: the
 * markup itself says nothing about progress.
 */
import { PROGRESS_CHANGE, progressLabel, progressOf, progressStore, sequenceStatusLabel } from '../lib/progress.ts';

const store = progressStore(() => localStorage);

function showProgress() {
  const progress = store.read();
  for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-sequence]')) {
    const label = sequenceStatusLabel(progress.sequences[mark.dataset.progressSequence ?? '']);
    mark.textContent = label ?? '';
    mark.hidden = label === undefined;
  }
  for (const summary of document.querySelectorAll<HTMLElement>('[data-progress-module]')) {
    const ids = (summary.dataset.progressModule ?? '').split(' ');
    summary.textContent = progressLabel(progressOf(progress, ids));
    summary.hidden = false;
  }
}

if (store.available) {
  showProgress();
  document.addEventListener(PROGRESS_CHANGE, showProgress);
  // Another tab (say, a sequence opened alongside) may complete a sequence.
  addEventListener('storage', showProgress);
}
