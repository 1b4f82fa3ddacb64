package vn.camau.egov.shared.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import vn.camau.egov.shared.domain.BusinessException;

import java.util.function.Supplier;

/** Writes a change now, so two people changing one record at once learn it in their own words. */
public final class Flushes {

    private Flushes() {
    }

    /**
     * Flushes; when another transaction moved the record's version first, throws the refusal given
     * (the person is told, and nothing of theirs is half-written).
     */
    public static void flush(EntityManager em, Supplier<? extends BusinessException> stale) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale.get();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw stale.get();
            }
            throw e;
        }
    }
}
