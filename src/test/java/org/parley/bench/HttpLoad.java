package org.parley.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.parley.support.Api;

/**
 * A fixed number of clients, each with its own browser session, asking for one page as fast as the server answers
 * for a while: requests per second, and the p50 and p99 time from asking to holding the whole page. A run counts
 * only the answers it was waiting for: a status other than 200, or a page without {@code expected}, is an error.
 */
final class HttpLoad {

    record Result(String what, long requests, long errors, double seconds, long p50Nanos, long p99Nanos, long bytes) {

        double perSecond() {
            return requests / seconds;
        }

        String line(Result reference) {
            return String.format("%-34s %9.1f req/s %8.1f ms %8.1f ms %9d %6d %9s", what, perSecond(), p50Nanos / 1e6, p99Nanos / 1e6,
                    bytes, errors, reference == null || reference == this ? "" : String.format("%.3f×", perSecond() / reference.perSecond()));
        }
    }

    static String header() {
        return String.format("%-34s %15s %11s %11s %9s %6s %9s", "page", "throughput", "p50", "p99", "bytes", "errors", "vs sign-in");
    }

    private HttpLoad() {
    }

    /** Warms up for {@code warmUpSeconds}, then measures for {@code seconds}; each client asks for {@code path} in turn. */
    static Result run(String what, int clients, Supplier<Api.Pages> client, String path, String expected, double warmUpSeconds,
            double seconds) throws Exception {
        List<Api.Pages> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            sessions.add(client.get());
        }
        round(sessions, path, expected, warmUpSeconds);
        return round(sessions, path, expected, seconds).named(what);
    }

    private record Round(long requests, long errors, double seconds, long[] latencies, long bytes) {
        Result named(String what) {
            long[] sorted = Arrays.copyOf(latencies, (int) requests);
            Arrays.sort(sorted);
            return new Result(what, requests, errors, seconds, sorted.length == 0 ? 0 : sorted[sorted.length / 2],
                    sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)], bytes);
        }
    }

    private static Round round(List<Api.Pages> sessions, String path, String expected, double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        List<long[]> latencies = new ArrayList<>();
        long requests = 0;
        long errors = 0;
        long bytes = 0;
        try (ExecutorService threads = Executors.newFixedThreadPool(sessions.size())) {
            List<Future<long[]>> running = new ArrayList<>();
            for (Api.Pages pages : sessions) {
                running.add(threads.submit(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    long failed = 0;
                    long size = 0;
                    while (System.nanoTime() < end && n < mine.length - 3) {
                        long began = System.nanoTime();
                        Api.Response response = pages.get(path);
                        mine[n + 3] = System.nanoTime() - began;
                        n++;
                        size = response.body().length();
                        if (response.status() != 200 || !response.body().contains(expected)) {
                            failed++;
                        }
                    }
                    long[] result = Arrays.copyOf(mine, n + 3);
                    result[0] = n;
                    result[1] = failed;
                    result[2] = size;
                    return result;
                }));
            }
            for (Future<long[]> f : running) {
                long[] r = f.get();
                requests += r[0];
                errors += r[1];
                bytes = Math.max(bytes, r[2]);
                latencies.add(Arrays.copyOfRange(r, 3, r.length));
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
        return new Round(requests, errors, took, all, bytes);
    }
}
