package eu.lorntech.totem.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Totem's JSON API for the public website, partners and members' scripts. See {@code /api/openapi.yaml}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
