package breastcancer;

/**
 * Suite DeployedQA. Created once by Assay; yours to extend (it is never overwritten).
 */
class DeployedQATest extends AbstractDeployedQATest {
}
