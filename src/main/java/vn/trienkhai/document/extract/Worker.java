package vn.trienkhai.document.extract;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one POI or PDFBox read on its own thread, so that a file built to make a parser loop or recurse
 * costs at most {@link ImportLimits#timeout()} and whatever goes wrong inside comes back as a refusal.
 */
final class Worker {

	private Worker() {
	}

	/** The part of a read that may run long; may itself refuse the file. */
	interface Job {

		String call() throws Exception;

	}

	private static final AtomicInteger COUNT = new AtomicInteger();

	static String run(ImportLimits limits, Job job) throws DocumentRejectedException {
		FutureTask<String> task = new FutureTask<>(job::call);
		// daemon: a read that ignores the interrupt must not keep the JVM (the command line) alive
		Thread thread = new Thread(null, task, "document-extract-" + COUNT.incrementAndGet(), 16L * 1024 * 1024);
		thread.setDaemon(true);
		thread.start();
		try {
			return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			task.cancel(true);
			throw new DocumentRejectedException("TIMEOUT", "Đọc tệp quá lâu (quá " + limits.timeout().toSeconds()
					+ " giây); tệp có thể bị hỏng hoặc quá phức tạp. Hãy lưu lại tệp hoặc xuất ra PDF rồi thử lại.");
		}
		catch (InterruptedException e) {
			task.cancel(true);
			Thread.currentThread().interrupt();
			throw new DocumentRejectedException("TIMEOUT", "Việc đọc tệp bị dừng giữa chừng.");
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof DocumentRejectedException rejected) {
				throw rejected;
			}
			if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
				throw new DocumentRejectedException("DAMAGED",
						"Tệp quá phức tạp để đọc (hết bộ nhớ hoặc cấu trúc lồng nhau quá sâu); tệp có thể bị hỏng.",
						cause);
			}
			throw new DocumentRejectedException("DAMAGED",
					"Tệp bị hỏng hoặc không đúng định dạng, không đọc được (" + cause.getClass().getSimpleName() + ").",
					cause);
		}
	}

}
