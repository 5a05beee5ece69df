package org.assay.runtime.engine.state;

/** Test fixture: a KLL state with a smaller exact budget than {@link SketchStates.Kll#EXACT_BUDGET}, to cross it. */
public final class KllBudget {

	private KllBudget() {
	}

	/** An empty state like {@code like} (columns, policy, k) that keeps at most {@code budget} values exactly. */
	public static SketchStates.Kll withBudget(SketchStates.Kll like, int budget) {
		return new SketchStates.Kll(like.names(), like.columns(), like.policy(), like.k(), budget);
	}
}
