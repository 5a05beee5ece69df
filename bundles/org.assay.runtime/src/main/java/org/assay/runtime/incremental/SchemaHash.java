package org.assay.runtime.incremental;

import java.nio.charset.StandardCharsets;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.lineage.Sha256;

/**
 * The SHA-256 of a schema's canonical text (each column's name, kind, range and categories, in order): stored states
 * of a partition are used only under the schema they were read with, since a column's type, range or categories decide
 * which cells are values, nulls or invalid.
 */
public final class SchemaHash {

	private SchemaHash() {
	}

	public static String of(Schema schema) {
		StringBuilder text = new StringBuilder();
		for (Column column : schema.columns()) {
			text.append(column.name()).append('\t').append(column.isNumeric() ? column.isInteger() ? "int" : "double"
					: column.isText() ? "text" : "category").append('\t');
			if (column.isNumeric()) {
				text.append(Double.toString(column.minimum())).append("..").append(Double.toString(column.maximum()));
			} else if (column.isCategorical()) {
				for (String category : column.categories()) {
					text.append(category.length()).append(':').append(category).append(',');
				}
			}
			text.append('\t').append(column.role()).append('\n');
		}
		return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
