package breastcancer;

/**
 * Pipeline DeployedScreening. Created once by Assay; yours to extend (it is never overwritten).
 */
public class DeployedScreeningPipeline extends DeployedScreeningPipelineBase {
}
