package vn.camau.egov.shared.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * The REST resources' JSON builders, from one provider looked up once. {@code Json.createObjectBuilder()}
 * looks the provider up again on every call, a ServiceLoader scan of the deployment's jars: a sixth
 * of the public REST lookup's CPU (README, "Performance").
 */
public final class JsonOut {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonOut() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }
}
