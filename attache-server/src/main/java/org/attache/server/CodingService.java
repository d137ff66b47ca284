package org.attache.server;

import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.attache.coder.Dictionaries;
import org.attache.coder.EventCoder;
import org.attache.nlp.CoreNlpPipeline;
import org.attache.pipeline.ArticleCoder;
import org.attache.pipeline.CodedArticle;
import org.attache.pipeline.Explainer;
import org.attache.pipeline.Explanation;
import org.attache.text.Article;
import org.attache.text.NlpPipeline;

/**
 * Coding on the server: the coder (built-in dictionaries, CoreNLP) loaded once, on first use or
 * ahead of it with {@link #warmUp()}, and a few worker threads of its own that every coding request
 * runs on. CoreNLP keeps one pipeline per thread (hundreds of megabytes and seconds to load each),
 * so coding on the HTTP threads, of which there are many, would load one per HTTP thread.
 *
 * <p>Thread-safe. A request waits at most {@value #WAIT_SECONDS} s, behind at most {@value #QUEUE}
 * others; beyond either it gets 503.
 */
final class CodingService implements AutoCloseable {

    static final int WAIT_SECONDS = 120;
    static final int QUEUE = 16;

    private final ThreadPoolExecutor workers;
    /** One pipeline per worker thread, shared by the article coder and the explainer. */
    private final Supplier<NlpPipeline> nlp = CoreNlpPipeline.perThread();
    private volatile ArticleCoder coder;
    private volatile boolean ready;

    CodingService(int threads) {
        AtomicInteger n = new AtomicInteger();
        workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "attache-coder-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts loading the coder and a first CoreNLP pipeline in the background. */
    void warmUp() {
        try {
            workers.submit(() -> {
                explainer().explain("Loading.", LocalDate.now());
                ready = true;
            });
        } catch (RejectedExecutionException e) {
            // busy already: the requests under way load it
        }
    }

    /** True once a text has been coded: the models are loaded. */
    boolean ready() {
        return ready;
    }

    Explanation explain(String text, LocalDate date) {
        return run(() -> explainer().explain(text, date));
    }

    CodedArticle code(Article article) {
        return run(() -> articleCoder().code(article));
    }

    private <T> T run(Callable<T> work) {
        Future<T> future;
        try {
            future = workers.submit(work);
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "the coder is busy: try again in a moment");
        }
        try {
            T result = future.get(WAIT_SECONDS, TimeUnit.SECONDS);
            ready = true;
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiException(503, "coding took longer than " + WAIT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("coding failed", cause);
        }
    }

    private Explainer explainer() {
        return new Explainer(articleCoder(), nlp);
    }

    private ArticleCoder articleCoder() {
        ArticleCoder c = coder;
        if (c == null) {
            synchronized (this) {
                c = coder;
                if (c == null) {
                    CoreNlpPipeline.quietLogging();
                    c = new ArticleCoder(new EventCoder(Dictionaries.builtIn()), nlp);
                    coder = c;
                }
            }
        }
        return c;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
