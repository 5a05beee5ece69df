package digits;

/**
 * Suite ReaderQA. Created once by Assay; yours to extend (it is never overwritten).
 */
class ReaderQATest extends AbstractReaderQATest {
}
