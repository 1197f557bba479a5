package org.touchstone.publish;

/**
 * What a publish tells the one who started it as it goes, and how it is asked to stop: the
 * workbench's publish job shows pages rendered of the total and its Cancel button answers
 * {@link #isCancelled()}.
 */
public interface PublishProgress {
	/** Reports nothing and never stops: the command line's publish. */
	PublishProgress NONE = new PublishProgress() {
		@Override
		public void rendered(int done, int total) {
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/** One more page rendered; {@code total} is how many pages this publish renders (the changed ones). */
	void rendered(int done, int total);

	/**
	 * Asked between pages and once more before the new files take their places; after a yes,
	 * {@link PublishCancelledException} ends the publish and the folder is as it was before.
	 */
	boolean isCancelled();
}
