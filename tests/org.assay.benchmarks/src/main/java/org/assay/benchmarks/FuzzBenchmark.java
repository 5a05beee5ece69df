package org.assay.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.assay.dsl.AssayStandaloneSetup;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Injector;

/**
 * Grammar-aware fuzzing: mutates the examples', test models' and catalogues' .assay files ({@link FuzzMutator}), then
 * parses, links, validates and, when there are no errors, generates each input in process ({@link FuzzTarget}), each
 * under a time limit. A crash is an exception escaping any of these steps or a diagnostic in internal words; a hang
 * is an input over the time limit. Each is kept under {@code tests/org.assay.benchmarks/target/fuzz/seed-S/} with what
 * was done to the text and the stack trace.
 * <p>
 * Usage: {@code FuzzBenchmark [N [SEED [THREADS]]]}; {@code -Dassay.fuzz.limitMs} sets the time limit (2,000 ms).
 * Prints, last, {@code fuzz: inputs=N crashes=N hangs=N valid=N inputs_per_s=X}.
 */
public final class FuzzBenchmark {

	/** Kept files per crash class: enough to see the variety, not thousands of copies. */
	private static final int KEPT_PER_CLASS = 5;

	private final FuzzMutator mutator;
	private final Injector injector;
	private final Path corpusRoot;
	private final List<Path> corpusFiles;
	private final Path out;
	private final long seed;
	private final long limitMs;

	private final AtomicLong next = new AtomicLong();
	private final AtomicLong valid = new AtomicLong();
	private final Map<String, List<Long>> crashes = new TreeMap<>();
	private final Map<String, List<Long>> hangs = new TreeMap<>();

	private FuzzBenchmark(Injector injector, Path root, List<Path> files, long seed, long limitMs) throws IOException {
		this.injector = injector;
		this.corpusRoot = root;
		this.corpusFiles = files;
		this.seed = seed;
		this.limitMs = limitMs;
		List<String> texts = new ArrayList<>();
		for (Path file : files) {
			texts.add(Files.readString(file, StandardCharsets.UTF_8));
		}
		TreeSet<String> keywords = new TreeSet<>(GrammarUtil.getAllKeywords(injector.getInstance(IGrammarAccess.class).getGrammar()));
		this.mutator = new FuzzMutator(texts, List.copyOf(keywords));
		this.out = root.resolve("tests/org.assay.benchmarks/target/fuzz/seed-" + seed);
	}

	public static void main(String[] args) throws Exception {
		long inputs = args.length > 0 ? Long.parseLong(args[0]) : 2000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
		int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
		long limitMs = Long.getLong("assay.fuzz.limitMs", 2000);
		Path root = Paths.get(System.getProperty("assay.root", ".")).toAbsolutePath().normalize();
		FuzzTarget.silenceLogging();
		Injector injector = AssayStandaloneSetup.doSetup();
		FuzzBenchmark fuzz = new FuzzBenchmark(injector, root, corpus(root), seed, limitMs);
		System.out.printf("corpus: %d files; %d grammar keywords; seed %d; %d thread(s); limit %d ms per input%n",
				fuzz.corpusFiles.size(), fuzz.mutator.keywordCount(), seed, threads, limitMs);
		fuzz.warmUp();
		long start = System.nanoTime();
		fuzz.run(inputs, threads);
		double seconds = (System.nanoTime() - start) / 1e9;
		fuzz.summarize();
		System.out.printf("fuzz: inputs=%d crashes=%d hangs=%d valid=%d inputs_per_s=%.1f%n", inputs, count(fuzz.crashes),
				count(fuzz.hangs), fuzz.valid.get(), inputs / seconds);
		System.exit(0); // a hung input's thread may still run
	}

	/** The corpus: the examples' and test models' .assay files and the standard catalogues, sorted. */
	static List<Path> corpus(Path root) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("examples", "tests/models", "bundles/org.assay.catalogue/catalogue")) {
			Path dir = root.resolve(folder);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.filter(p -> p.toString().endsWith(".assay") && !root.relativize(p).toString().contains("target/"))
						.sorted().forEach(files::add);
			}
		}
		if (files.isEmpty()) {
			throw new IllegalStateException("no .assay files under " + root + " (set -Dassay.root)");
		}
		return files;
	}

	/** Runs the unmutated corpus once (loads the catalogues, warms the JIT); each file must be clean. */
	private void warmUp() {
		FuzzTarget target = new FuzzTarget(injector);
		for (int i = 0; i < corpusFiles.size(); i++) {
			Path file = corpusFiles.get(i);
			try {
				FuzzTarget.Outcome outcome = target.process(file.getParent(), Files.readString(file));
				if (outcome.crash() != null) {
					System.out.println("warm-up: " + corpusRoot.relativize(file) + ": " + outcome.crash());
				}
			} catch (Exception e) {
				System.out.println("warm-up: " + corpusRoot.relativize(file) + ": " + e);
			}
		}
	}

	private void run(long inputs, int threads) throws InterruptedException {
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> work(inputs), "fuzz-" + t);
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
	}

	/** Takes inputs until none is left; each runs on a helper thread so that a hang can be abandoned. */
	private void work(long inputs) {
		FuzzTarget target = new FuzzTarget(injector);
		ExecutorService runner = newRunner();
		long progressStep = Math.max(1, inputs / 10);
		for (long index; (index = next.getAndIncrement()) < inputs;) {
			FuzzMutator.Mutant mutant = mutator.mutant(seed, index);
			Path folder = corpusFiles.get(mutant.source()).getParent();
			Future<FuzzTarget.Outcome> future = runner.submit(() -> target.process(folder, mutant.text()));
			try {
				FuzzTarget.Outcome outcome = future.get(limitMs, TimeUnit.MILLISECONDS);
				if (outcome.crash() != null) {
					record(crashes, outcome.signature(), index, mutant, outcome.crash());
				} else if (outcome.generated()) {
					valid.incrementAndGet();
				}
			} catch (TimeoutException e) {
				future.cancel(true);
				runner.shutdownNow();
				runner = newRunner();
				record(hangs, "hang over " + limitMs + " ms", index, mutant, "no result after " + limitMs + " ms");
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				record(crashes, FuzzTarget.signature(cause), index, mutant, stackTrace(cause));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			if ((index + 1) % progressStep == 0) {
				System.err.printf("fuzz: %d/%d inputs%n", index + 1, inputs);
			}
		}
		runner.shutdownNow();
	}

	private static ExecutorService newRunner() {
		return Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "fuzz-input");
			thread.setDaemon(true);
			return thread;
		});
	}

	private void record(Map<String, List<Long>> into, String signature, long index, FuzzMutator.Mutant mutant, String detail) {
		boolean keep;
		synchronized (into) {
			List<Long> indices = into.computeIfAbsent(signature, s -> new ArrayList<>());
			indices.add(index);
			keep = indices.size() <= KEPT_PER_CLASS;
		}
		if (!keep) {
			return;
		}
		try {
			Files.createDirectories(out);
			String name = (into == hangs ? "hang-" : "crash-") + index;
			Files.writeString(out.resolve(name + ".assay"), mutant.text(), StandardCharsets.UTF_8);
			Files.writeString(out.resolve(name + ".txt"), "seed " + seed + ", input " + index + "\nsource: "
					+ corpusRoot.relativize(corpusFiles.get(mutant.source())) + "\nmutations: " + mutant.steps() + "\nclass: "
					+ signature + "\n\n" + detail + "\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			System.err.println("cannot keep " + index + ": " + e);
		}
	}

	private void summarize() {
		for (var entry : crashes.entrySet()) {
			System.out.printf("crash class: %s — %d input(s), first %d%n", entry.getKey(), entry.getValue().size(),
					entry.getValue().stream().mapToLong(Long::longValue).min().orElse(-1));
		}
		for (var entry : hangs.entrySet()) {
			System.out.printf("hangs: %d input(s), first %d%n", entry.getValue().size(),
					entry.getValue().stream().mapToLong(Long::longValue).min().orElse(-1));
		}
		if (!crashes.isEmpty() || !hangs.isEmpty()) {
			System.out.println("kept under " + corpusRoot.relativize(out));
		}
	}

	private static long count(Map<String, List<Long>> map) {
		synchronized (map) {
			return map.values().stream().mapToLong(List::size).sum();
		}
	}

	static String stackTrace(Throwable e) {
		StringWriter text = new StringWriter();
		e.printStackTrace(new PrintWriter(text));
		return text.toString();
	}
}
