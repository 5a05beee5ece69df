package orders;

/**
 * Data suite of dataset Orders. Created once by Assay; yours to extend (it is never overwritten).
 */
class OrdersChecksTest extends AbstractOrdersChecksTest {
}
