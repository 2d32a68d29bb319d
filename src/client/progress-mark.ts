/** The <progress-mark> element, shared by SequenceProgressMark and ModuleProgress: ES modules run once, so it is defined once per page. */
import { followProgress, store } from './progress.ts';
import { progressLabel, progressOf, sequenceStatusLabel } from '../lib/progress.ts';

/**
 * A sequence's status (`sequence` attribute) or a module's count (`sequences`,
 * its ids), read from the learner's progress; hidden until then, and where
 * storage is blocked: the markup itself says nothing about progress.
 */
class ProgressMark extends HTMLElement {
  connectedCallback() {
    if (!store.available) return;
    const target = this.firstElementChild as HTMLElement;
    followProgress(() => {
      const progress = store.read();
      const sequence = this.getAttribute('sequence');
      const label = sequence !== null
        ? sequenceStatusLabel(progress.sequences[sequence])
        : progressLabel(progressOf(progress, (this.getAttribute('sequences') ?? '').split(' ')));
      target.textContent = label ?? '';
      target.hidden = label === undefined;
    });
  }
}
customElements.define('progress-mark', ProgressMark);
