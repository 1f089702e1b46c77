package org.newslens.annotation;

import java.time.Instant;
import java.util.List;

/** What one annotation file holds, as read from disk (positions not yet checked against any text). */
record StoredAnnotations(String path, String contentHash, Instant saved, List<Annotation> annotations,
                         List<EntityCorrection> corrections, List<SpeakerCorrection> speakerCorrections) {
}
