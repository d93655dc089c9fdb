package org.learnops.studio.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callback at once on the calling thread: ViewModel tests need no toolkit and no waiting. */
public final class SyncTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            if (onFailure == null) {
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
            } else {
                onFailure.accept(e);
            }
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onFxThread(Runnable update) {
        update.run();
    }
}
