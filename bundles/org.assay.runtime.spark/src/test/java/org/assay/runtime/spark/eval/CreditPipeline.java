package org.assay.runtime.spark.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.djl.MlpSpec;
import org.assay.runtime.pipeline.AssayPipeline;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.spec.GateSpec;
import org.assay.runtime.spec.RowPredicate;

/**
 * A pipeline as Assay generates it for the german-credit example (its dataset, slices on age, sex protected), with
 * fewer epochs: trained once by the test, its saved model then scored locally and on Spark.
 */
public class CreditPipeline extends AssayPipeline {

	@Override
	protected String name() {
		return "credit.Scoring";
	}

	@Override
	public DatasetSpec dataset() {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.categorical("risk", List.of("good", "bad")).asLabel());
		columns.add(Column.integer("duration", 4.0, 72.0));
		columns.add(Column.real("amount", 0.0, Double.POSITIVE_INFINITY));
		columns.add(Column.integer("installment_rate", 1.0, 4.0));
		columns.add(Column.integer("age", 18.0, 100.0));
		columns.add(Column.integer("existing_credits", 1.0, 4.0));
		columns.add(Column.categorical("checking", List.of("negative", "low", "high", "none")));
		columns.add(Column.categorical("purpose", List.of("newcar", "usedcar", "furniture_equipment", "radio_television",
				"domesticappliance", "repairs", "education", "retraining", "business", "other")));
		columns.add(Column.categorical("housing", List.of("rent", "own", "forfree")));
		columns.add(Column.categorical("sex", List.of("female", "male")).asProtected());
		Map<String, RowPredicate> slices = new LinkedHashMap<>();
		slices.put("Young", (table, row) -> (table.numeric("age")[row] < 25.0));
		slices.put("Older", (table, row) -> (table.numeric("age")[row] >= 25.0));
		return new DatasetSpec("credit.Applications", "credit.assay:13", "data/german_credit.csv", null, new Schema(columns),
				List.of("train", "test"), new double[] { 70.0, 30.0 }, 11L, "risk", slices);
	}

	@Override
	protected List<GateSpec> gates() {
		return List.of();
	}

	@Override
	protected MlpSpec model() {
		return new MlpSpec(new int[] { 32, 16 }, "relu", 0.0, 8, 32, "adam", 0.002, 5L);
	}

	@Override
	protected String trainingPartition() {
		return "train";
	}
}
