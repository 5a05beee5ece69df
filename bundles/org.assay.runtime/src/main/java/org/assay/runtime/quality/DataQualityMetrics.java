package org.assay.runtime.quality;

import org.assay.runtime.data.Table;

/** Data-quality metrics by their catalogue name. */
public final class DataQualityMetrics {

	private DataQualityMetrics() {
	}

	/** The value of a data-quality metric of the ISO/IEC 25012 catalogue on a table. */
	public static double measure(String metric, Table table) {
		return switch (metric) {
		case "completeness" -> DataQuality.completeness(table);
		case "label_completeness" -> DataQuality.labelCompleteness(table);
		case "validity" -> DataQuality.validity(table);
		case "uniqueness" -> DataQuality.uniqueness(table);
		case "class_balance" -> DataQuality.classBalance(table);
		case "outlier_rate" -> DataQuality.outlierRate(table);
		default -> throw new IllegalArgumentException("'" + metric + "' is not a data-quality metric Assay can compute; "
				+ "use completeness, label_completeness, validity, uniqueness, class_balance or outlier_rate");
		};
	}
}
