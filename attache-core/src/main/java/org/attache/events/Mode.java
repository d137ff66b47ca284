package org.attache.events;

import java.util.Locale;

/** Whether an event reports a deed done or an intent announced (promise, plan, threat, "will"). */
public enum Mode {
    DEED, INTENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
