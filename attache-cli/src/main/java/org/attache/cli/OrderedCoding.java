package org.attache.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.attache.formats.Item;
import org.attache.pipeline.ArticleCoder;
import org.attache.pipeline.CodedArticle;

/**
 * Codes articles on a pool of threads (one NLP pipeline each) and hands the results to a sink in
 * the order the articles were submitted, on the submitting thread, so output is the same whatever
 * the thread count and a failing sink (a full disk) fails the caller, not a thread nobody watches.
 * At most a few articles per thread are in flight, so memory stays flat on any input size.
 *
 * <p>Not thread-safe: one submitting thread.
 */
final class OrderedCoding implements AutoCloseable {

    /** The outcome of one article: its events, or why coding it failed. */
    record Outcome(Item.Accepted item, CodedArticle coded, Throwable failure) {
    }

    private final ArticleCoder coder;
    private final ExecutorService pool;
    private final Consumer<Outcome> sink;
    private final int window;
    private final Deque<Pending> pending = new ArrayDeque<>();

    private record Pending(Item.Accepted item, CompletableFuture<CodedArticle> result) {
    }

    OrderedCoding(ArticleCoder coder, int threads, Consumer<Outcome> sink) {
        this.coder = coder;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "attache-coder");
            t.setDaemon(true);
            return t;
        });
        this.sink = sink;
        this.window = threads * 4;
    }

    /** Queues an article, first handing on the oldest results if too many are in flight. */
    void submit(Item.Accepted item) {
        while (pending.size() >= window) {
            deliver(pending.removeFirst());
        }
        pending.addLast(new Pending(item, CompletableFuture.supplyAsync(() -> coder.code(item.article()), pool)));
    }

    /** Waits for every queued article and hands on its result. */
    void finish() {
        while (!pending.isEmpty()) {
            deliver(pending.removeFirst());
        }
    }

    private void deliver(Pending p) {
        try {
            sink.accept(new Outcome(p.item(), p.result().get(), null));
        } catch (ExecutionException e) {
            sink.accept(new Outcome(p.item(), null, e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
