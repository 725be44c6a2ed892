/** A supplier invoice for the embedded invoice-approval contract, and what an extraction model answers for it. */
export const invoiceInputs = {
  schema_id: "ds.finance_invoice_v1",
  invoice_id: "AP-2026-004512",
  source_document: { uri: "https://archive.acme-finance.example/ap/AP-2026-004512.pdf", media_type: "application/pdf", sha256: "3f9a0c1d2b4e5f6789abcdef0123456789abcdef0123456789abcdef01234567", page_count: 2 },
  received_at: "2026-11-20T08:14:00Z",
  received_via: "supplier_portal",
  submitted_by: "ap-inbox@acme-finance.example",
  company_code: "DE01",
  cost_center: "410020",
  vendor_id: "V004711",
  purchase_order_number: "PO-20260917",
  expected_currency: "EUR",
};

export function extraction(gross = 18_450.5, confidence = 0.97) {
  return {
    invoice_id: "AP-2026-004512",
    invoice_number: "INV-77812",
    issue_date: "2026-11-18",
    due_date: "2026-12-18",
    vendor: { name: "Contoso Industrial GmbH", tax_id: "DE123456789", country: "DE" },
    purchase_order_number: "PO-20260917",
    currency: "EUR",
    totals: { net_amount: Math.round((gross / 1.19) * 100) / 100, tax_amount: Math.round((gross - gross / 1.19) * 100) / 100, gross_amount: gross },
    confidence,
  };
}
