package org.attache.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long coding run on stderr: a line redrawn in place on a terminal, a plain line
 * every ten seconds otherwise (logs), nothing for short runs. Thread-safe: workers add, one
 * timer-less check per call decides whether to print.
 */
final class Progress {

    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong sentences = new AtomicLong();
    private final AtomicLong parsed = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private volatile long lastPrint = System.nanoTime();
    private volatile boolean printed;

    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void add(int articleSentences, int articleParsed, int articleEvents) {
        articles.incrementAndGet();
        sentences.addAndGet(articleSentences);
        parsed.addAndGet(articleParsed);
        events.addAndGet(articleEvents);
        long now = System.nanoTime();
        long every = terminal ? 500_000_000L : 10_000_000_000L;
        if (now - lastPrint > every) {
            synchronized (this) {
                if (now - lastPrint > every) {
                    lastPrint = now;
                    printed = true;
                    err.print((terminal ? "\r" : "") + line() + (terminal ? "" : System.lineSeparator()));
                    err.flush();
                }
            }
        }
    }

    synchronized void finish() {
        if (printed && terminal) {
            err.println();
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    long articles() {
        return articles.get();
    }

    long sentences() {
        return sentences.get();
    }

    long parsed() {
        return parsed.get();
    }

    long events() {
        return events.get();
    }

    String line() {
        double s = seconds();
        return String.format(Locale.ROOT, "attache: %,d articles, %,d sentences (%,d parsed), %,d events, %.0f sentences/s",
                articles.get(), sentences.get(), parsed.get(), events.get(), s > 0 ? sentences.get() / s : 0.0);
    }
}
