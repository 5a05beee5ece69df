package org.assay.runtime.spec;

import org.assay.runtime.data.Table;

/** A slice predicate over one row of a table (generated from a slice's {@code where} clause). */
@FunctionalInterface
public interface RowPredicate {

	boolean test(Table table, int row);
}
