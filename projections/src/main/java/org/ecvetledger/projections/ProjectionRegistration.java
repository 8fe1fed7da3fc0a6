package org.ecvetledger.projections;

import java.util.List;
import org.ecvetledger.projections.catalogue.CatalogueReadModel;
import org.ecvetledger.projections.credentialstatus.CredentialStatusProjector;
import org.ecvetledger.projections.learner.LearnerProjector;
import org.ecvetledger.projections.mobility.MobilityReadModel;
import org.ecvetledger.projections.progress.ProgressReadModel;
import org.ecvetledger.projections.transcript.TranscriptProjector;
import org.ecvetledger.projections.transfer.TransferRequestProjector;
import org.ecvetledger.projections.workqueue.WorkQueueProjector;

/** Hands every read model's processing group to the application, which wires processors and dead-letter queues. */
public final class ProjectionRegistration {

    private ProjectionRegistration() {}

    public static List<String> processingGroups() {
        return List.of(
                LearnerProjector.PROCESSING_GROUP,
                CatalogueReadModel.PROCESSING_GROUP,
                MobilityReadModel.PROCESSING_GROUP,
                CredentialStatusProjector.PROCESSING_GROUP,
                ProgressReadModel.PROCESSING_GROUP,
                TranscriptProjector.PROCESSING_GROUP,
                WorkQueueProjector.PROCESSING_GROUP,
                TransferRequestProjector.PROCESSING_GROUP);
    }
}
