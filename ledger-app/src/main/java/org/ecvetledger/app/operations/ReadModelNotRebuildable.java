package org.ecvetledger.app.operations;

/** A read model whose handlers refuse a reset (Axon's {@code @DisallowReplay}) cannot be rebuilt by replay. */
class ReadModelNotRebuildable extends RuntimeException {

    ReadModelNotRebuildable(String group) {
        super("the read model '" + group + "' has handlers that do not allow a replay; it cannot be rebuilt");
    }
}
