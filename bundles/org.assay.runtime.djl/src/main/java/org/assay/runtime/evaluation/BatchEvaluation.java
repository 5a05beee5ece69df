package org.assay.runtime.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Table;
import org.assay.runtime.djl.BatchScorer;
import org.assay.runtime.pipeline.TrainedModel;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.spec.RowPredicate;

/**
 * Batch evaluation of a trained pipeline's model on a table: every row encoded with the saved encoder, scored as whole
 * batches ({@link BatchScorer}), and counted into an {@link EvaluationState} with its label, its declared slices and
 * its protected features' groups. The same code scores a local file and each Spark partition.
 */
public final class BatchEvaluation {

	private BatchEvaluation() {
	}

	/** An empty state shaped by the model's declaration (classes, slices, protected features). */
	public static EvaluationState emptyState(TrainedModel model) {
		DatasetSpec dataset = model.dataset();
		Map<String, Integer> groups = new LinkedHashMap<>();
		for (Column column : dataset.schema().columns()) {
			if (column.isProtected() && column.isCategorical()) {
				groups.put(column.name(), column.categories().size());
			}
		}
		return new EvaluationState(model.classifier().classes(), List.copyOf(dataset.slices().keySet()), groups);
	}

	/** Scores every row of {@code table} (read with the model's schema) with {@code scorer} and counts them. */
	public static EvaluationState evaluate(TrainedModel model, Table table, BatchScorer scorer) {
		EvaluationState state = emptyState(model);
		int rows = table.rows();
		if (rows == 0) {
			return state;
		}
		int[] all = new int[rows];
		for (int r = 0; r < rows; r++) {
			all[r] = r;
		}
		int[] predicted = scorer.score(model.encoder().encode(table, all)).predicted();
		Column label = model.dataset().schema().label().orElseThrow();
		int[] truth = table.codes(label.name());
		List<RowPredicate> slices = new ArrayList<>(model.dataset().slices().values());
		List<int[]> groupCodes = new ArrayList<>();
		for (String feature : state.protectedFeatures()) {
			groupCodes.add(table.codes(feature));
		}
		boolean[] inSlice = new boolean[slices.size()];
		int[] groups = new int[groupCodes.size()];
		for (int r = 0; r < rows; r++) {
			for (int s = 0; s < inSlice.length; s++) {
				inSlice[s] = slices.get(s).test(table, r);
			}
			for (int g = 0; g < groups.length; g++) {
				groups[g] = groupCodes.get(g)[r];
			}
			state.add(predicted[r], truth[r], inSlice, groups);
		}
		return state;
	}
}
