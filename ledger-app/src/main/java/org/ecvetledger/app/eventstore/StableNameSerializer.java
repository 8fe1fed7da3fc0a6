package org.ecvetledger.app.eventstore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.ecvetledger.domain.shared.MessageName;

/**
 * Stores each ledger event under its {@link MessageName} instead of its Java class name, so that a
 * renamed or moved class never rewrites (or orphans) history. Types without a message name
 * (metadata, tokens, snapshots) keep the delegate's naming.
 */
final class StableNameSerializer implements Serializer {

    private final Serializer delegate;
    private final Map<Class<?>, String> nameByClass = new HashMap<>();
    private final Map<String, Class<?>> classByName = new HashMap<>();

    StableNameSerializer(Serializer delegate, List<Class<?>> namedTypes) {
        this.delegate = delegate;
        for (var type : namedTypes) {
            var annotation = type.getAnnotation(MessageName.class);
            if (annotation == null) {
                throw new IllegalArgumentException(type.getName() + " has no @MessageName");
            }
            var previous = classByName.putIfAbsent(annotation.value(), type);
            if (previous != null && previous != type) {
                throw new IllegalArgumentException("message name " + annotation.value() + " is used by both "
                        + previous.getName() + " and " + type.getName());
            }
            nameByClass.put(type, annotation.value());
        }
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> serialized = delegate.serialize(object, expectedRepresentation);
        if (object == null || !nameByClass.containsKey(object.getClass())) {
            return serialized;
        }
        return new SimpleSerializedObject<>(
                serialized.getData(), serialized.getContentType(), typeForClass(object.getClass()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        var named = classByName.get(serializedObject.getType().getName());
        if (named == null) {
            return delegate.deserialize(serializedObject);
        }
        var javaType = new SimpleSerializedType(
                named.getName(), serializedObject.getType().getRevision());
        return delegate.deserialize(
                new SimpleSerializedObject<>(serializedObject.getData(), serializedObject.getContentType(), javaType));
    }

    @Override
    public Class<?> classForType(SerializedType type) {
        var named = classByName.get(type.getName());
        return named != null ? named : delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        var delegateType = delegate.typeForClass(type);
        var name = nameByClass.get(type);
        return name == null ? delegateType : new SimpleSerializedType(name, delegateType.getRevision());
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
