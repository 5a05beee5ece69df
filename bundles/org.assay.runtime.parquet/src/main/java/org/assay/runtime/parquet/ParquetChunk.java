package org.assay.runtime.parquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvHeader;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.DataProblem.Kind;
import org.assay.runtime.data.FindingsCollector;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.ColumnVector;

/** One row group, read with its own file reader, column readers advanced together batch by batch. */
final class ParquetChunk implements Chunk {

	static final int BATCH_ROWS = 4096;

	private final ParquetRowSource source;
	private final int group;
	private final long rows;

	ParquetChunk(ParquetRowSource source, int group, long rows) {
		this.source = source;
		this.group = group;
		this.rows = rows;
	}

	@Override
	public int index() {
		return group;
	}

	@Override
	public Summary read(Consumer<Batch> batches) throws IOException {
		List<Column> columns = source.schema().columns();
		List<DataProblem> problems = new ArrayList<>();
		long problemCount = 0;
		FindingsCollector findings = new FindingsCollector();
		long read = 0;
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(source.file()))) {
			PageReadStore pages = reader.readRowGroup(group);
			ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, new GroupRecordConverter(source.fileSchema())
					.getRootConverter(), source.fileSchema(), source.createdBy());
			ColumnReader[] readers = new ColumnReader[columns.size()];
			ParquetColumnVector[] vectors = new ParquetColumnVector[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				ColumnDescriptor descriptor = source.descriptor(c);
				readers[c] = store.getColumnReader(descriptor);
				vectors[c] = new ParquetColumnVector(columns.get(c), descriptor.getPrimitiveType().getPrimitiveTypeName(),
						descriptor.getMaxDefinitionLevel(), BATCH_ROWS);
			}
			while (read < rows) {
				int size = (int) Math.min(BATCH_ROWS, rows - read);
				long first = read;
				List<DataProblem> found = new ArrayList<>();
				for (int c = 0; c < columns.size(); c++) {
					for (int r = 0; r < size; r++) {
						Kind problem = vectors[c].put(r, readers[c]);
						readers[c].consume();
						if (problem != null) {
							long row = first + r + 1;
							String text = vectors[c].text(r).toString();
							problemCount++;
							if (problems.size() + found.size() < CsvLoader.MAX_LISTED_PROBLEMS * 2) {
								found.add(new DataProblem(source.name(), row, source.position(c), problem,
										CsvHeader.invalidMessage(columns.get(c), problem, text) + " (row group " + (group + 1)
												+ ", row " + row + " in it)"));
							}
							findings.add(c, problem, text, row);
						}
					}
				}
				found.sort(java.util.Comparator.comparingLong(DataProblem::row).thenComparingInt(DataProblem::column));
				for (DataProblem problem : found) { // listed as a row-by-row reader would list them
					if (problems.size() < CsvLoader.MAX_LISTED_PROBLEMS) {
						problems.add(problem);
					}
				}
				batches.accept(new ParquetBatch(vectors, size, first));
				read += size;
			}
		} catch (RuntimeException e) {
			source.fatal(group, new DataProblem(source.name(), read + 1, 0, Kind.UNREADABLE, "cannot read row group "
					+ (group + 1) + " of the Parquet file: " + e.getMessage()));
		}
		return new Summary(read, rows, new ParquetChunkFindings(problems, problemCount, findings));
	}

	private record ParquetBatch(ColumnVector[] vectors, int size, long firstRow) implements Batch {
		@Override
		public long lineInChunk(int row) {
			return firstRow + row + 1;
		}

		@Override
		public ColumnVector column(int index) {
			return vectors[index];
		}
	}
}
