package org.assay.benchmarks.peers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB's leg of the data benchmark: its JDBC driver as an embedded SQL engine, one query with the aggregates of the
 * 14 checks straight over the CSV file (declared column types, so no sniffing pass), on all cores. Engine start = loading
 * the driver's native library and opening an in-memory database.
 */
public final class DuckDbLeg {

	/** DuckDB documents no error bound for approx_count_distinct (a HyperLogLog of few registers); held to 5 %. */
	private static final double DISTINCT_ERROR = 0.05;

	private DuckDbLeg() {
	}

	public static void main(String[] args) throws Exception {
		long jvm = Leg.jvmMillis();
		String file = args[0];
		long t = System.nanoTime();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
			try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT 1")) {
				rs.next();
			}
			long engine = (System.nanoTime() - t) / 1_000_000;
			t = System.nanoTime();
			double[] first = query(connection, file);
			long cold = System.nanoTime() - t;
			t = System.nanoTime();
			query(connection, file);
			long warm = System.nanoTime() - t;
			Leg.timing(jvm, engine, cold, warm);
			Leg.heap();
			print(first);
		}
	}

	private static final String[] COLUMNS = { "n", "id_n", "id_distinct", "age_n", "age_min", "age_max", "income_n",
			"income_nonneg", "country_n", "country_in", "gender_n", "gender_in", "score_n", "score_in", "score_mean",
			"score_sd", "income_median", "segment_n", "segment_distinct", "customers" };

	static String sql(String file) {
		return """
				SELECT count(*), count(id), count(DISTINCT id),
				  count(age), min(age), max(age),
				  count(income), sum(CASE WHEN income >= 0 THEN 1 ELSE 0 END),
				  count(country), sum(CASE WHEN country IN ('US','DE','FR','GB','IT','ES','NL','SE','PL','JP') THEN 1 ELSE 0 END),
				  count(gender), sum(CASE WHEN gender IN ('M','F','X') THEN 1 ELSE 0 END),
				  count(score), sum(CASE WHEN score BETWEEN 0 AND 1 THEN 1 ELSE 0 END),
				  avg(score), stddev_pop(score),
				  approx_quantile(income, 0.5),
				  count(segment), count(DISTINCT segment),
				  approx_count_distinct(customer_id)
				FROM read_csv('%s', header = true, auto_detect = false, delim = ',', quote = '"',
				  columns = {'id': 'BIGINT', 'customer_id': 'VARCHAR', 'age': 'INTEGER', 'income': 'DOUBLE',
				    'score': 'DOUBLE', 'country': 'VARCHAR', 'gender': 'VARCHAR', 'segment': 'VARCHAR',
				    'tenure_days': 'INTEGER', 'num_purchases': 'INTEGER', 'is_active': 'BOOLEAN', 'label': 'INTEGER'})
				""".formatted(file.replace("'", "''"));
	}

	private static double[] query(Connection connection, String file) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql(file))) {
			rs.next();
			double[] values = new double[COLUMNS.length];
			for (int i = 0; i < values.length; i++) {
				values[i] = rs.getDouble(i + 1);
			}
			return values;
		}
	}

	private static void print(double[] v) {
		double n = v[0];
		Leg.metric("id_completeness", v[1] / n);
		// count(DISTINCT id) = count(id) means every id occurs once; otherwise the share of once-only values needs a GROUP BY
		Leg.metric("id_uniqueness", v[2] == v[1] ? 1.0 : Double.NaN);
		Leg.metric("age_completeness", v[3] / n);
		Leg.metric("age_min", v[4]);
		Leg.metric("age_max", v[5]);
		Leg.metric("income_non_negative", v[7] / v[6]);
		Leg.metric("country_in_set", v[9] / v[8]);
		Leg.metric("gender_in_set", v[11] / v[10]);
		Leg.metric("score_in_range", v[13] / v[12]);
		Leg.metric("score_mean", v[14]);
		Leg.metric("score_stddev", v[15]);
		Leg.metric("income_approx_median", v[16], 0.01);
		Leg.metric("segment_distinctness", v[18] / v[17]);
		Leg.metric("customer_id_approx_distinct", v[19], DISTINCT_ERROR);
	}
}
