package eu.lorntech.totem.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No API body beyond {@value #MAX_BODY_KB} KB (the largest, a booking, is a few hundred bytes): a
 * larger declared length is refused before anything is read, and a body sent without a length
 * (chunked) is cut where it passes the limit. Either answers 413 problem+json.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public class RequestLimits implements ContainerRequestFilter {

    public static final int MAX_BODY_KB = 1024;
    static final long MAX_BODY_BYTES = MAX_BODY_KB * 1024L;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    static InputRefused tooLarge() {
        return new InputRefused(413, StrictJsonReader.BODY, "api.body.tooLarge", MAX_BODY_KB);
    }

    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw tooLarge();
            }
        }
    }
}
