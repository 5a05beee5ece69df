package customers;

/**
 * Data suite of dataset Customers. Created once by Assay; yours to extend (it is never overwritten).
 */
class CustomersChecksTest extends AbstractCustomersChecksTest {
}
