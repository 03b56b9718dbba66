"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Workload = void 0;
exports.emptyAcknowledged = emptyAcknowledged;
exports.discoverWorld = discoverWorld;
const dates_1 = require("../kernel/dates");
function emptyAcknowledged() {
    return { issued: [], payments: [], workRecords: [], importedRows: 0, uncertainImportRows: 0, uncertainWorkRecords: 0, uncertainIssues: 0, uncertainPayments: 0, paymentRaces: 0, raceRefusals: 0, raceBothAccepted: 0, ownReads: 0, staleOwnReads: [] };
}
const pick = (items) => items[Math.floor(Math.random() * items.length)];
const QUANTITIES = [1, 2, 2.5, 7, 10, 12.345, 40, 100, 0.333];
async function discoverWorld(client) {
    const today = (0, dates_1.todayInFrance)();
    const { ok, data, sample } = await client.gql('setup', `query SoakWorld {
      organization { establishments { id } }
      customers(options: { take: 100 }) { items { id } }
      catalogItems(options: { take: 100, active: true }) { items { id establishmentId } }
      beneficiaries(options: { take: 100 }) { items { id matricule entryDate exitDate } }
      orders(options: { take: 50 }) { items { number lines { id position } } }
      invoices(options: { take: 100 }) { items { id } }
    }`);
    if (!ok || !data)
        throw new Error(`could not read the demo data: ${JSON.stringify(sample.codes)}`);
    const world = {
        establishmentIds: data.organization.establishments.map((e) => e.id),
        customerIds: data.customers.items.map((c) => c.id),
        catalogItemIds: Object.fromEntries(data.organization.establishments.map((e) => [e.id, data.catalogItems.items.filter((c) => c.establishmentId === null || c.establishmentId === e.id).map((c) => c.id)])),
        // Present today, so that any date of the last days (≥ entry, ≤ today) is valid for them.
        beneficiaries: data.beneficiaries.items
            .filter((b) => b.entryDate <= (0, dates_1.addDays)(today, -7) && (!b.exitDate || b.exitDate >= today))
            .map((b) => ({ id: b.id, matricule: b.matricule, from: (0, dates_1.addDays)(today, -7), to: today })),
        orderLines: data.orders.items.flatMap((o) => o.lines.map((l) => ({ id: l.id, orderNumber: o.number, position: l.position }))),
        invoiceIds: data.invoices.items.map((i) => i.id),
    };
    for (const [name, list] of Object.entries(world))
        if (Array.isArray(list) && list.length === 0)
            throw new Error(`the demo data has no ${name}`);
    world.establishmentIds = world.establishmentIds.filter((id) => world.catalogItemIds[id].length > 0);
    if (world.establishmentIds.length === 0)
        throw new Error('no establishment has catalog items on sale');
    return world;
}
const ORDERS_PAGE = `query SoakOrders($skip: Int) { orders(options: { take: 20, skip: $skip }) { totalItems items { id number status totalTtcCents customer { legalName } lines { id quantity deliveredQuantity invoicedQuantity totalHtCents } } } }`;
const INVOICE = `query SoakInvoice($id: ID!) { invoice(id: $id) { id number status totalHtCents totalVatCents totalTtcCents amountPaidCents amountDueCents lines { id quantity unitPriceCents totalHtCents vatRatePercent } payments { id amountCents } } }`;
const CATALOG = `query SoakCatalog($skip: Int) { catalogItems(options: { take: 50, skip: $skip }) { totalItems items { id code label unitPriceCents vatRatePercent active } } }`;
const CUSTOMERS = `query SoakCustomers($skip: Int) { customers(options: { take: 50, skip: $skip }) { totalItems items { id legalName siren } } }`;
const ERROR = `... on ErrorResult { errorCode message }`;
const CREATE_ORDER = `mutation SoakCreateOrder($input: OrderInput!) { createOrder(input: $input) { __typename ... on Order { id number lines { id } } ${ERROR} } }`;
const DELIVER = `mutation SoakDeliver($orderId: ID!) { deliverOrder(input: { orderId: $orderId }) { __typename ... on DeliveryNote { id } ${ERROR} } }`;
const CREATE_INVOICE = `mutation SoakCreateInvoice($noteId: ID!) { createInvoice(input: { deliveryNoteIds: [$noteId] }) { __typename ... on Invoice { id } ${ERROR} } }`;
const ISSUE = `mutation SoakIssue($id: ID!) { issueInvoice(id: $id) { __typename ... on Invoice { id number status establishmentId fiscalYear sequenceNumber totalTtcCents } ${ERROR} } }`;
const PAY = `mutation SoakPay($input: PaymentInput!) { recordPayment(input: $input) { __typename ... on Payment { id invoiceId amountCents } ${ERROR} } }`;
const RECORD_WORK = `mutation SoakRecordWork($input: WorkRecordInput!) { recordWork(input: $input) { __typename ... on WorkRecord { id } ${ERROR} } }`;
const IMPORT = `mutation SoakImport($csv: String!) { importWorkRecords(csv: $csv) { __typename ... on WorkRecordImport { imported } ${ERROR} } }`;
/** No answer, or a server error: the write may or may not have happened. */
const uncertain = (sample) => sample.status === 0 || sample.status >= 500;
class Workload {
    /**
     * verifyOwnWrites (the replica soak): after issuing an invoice and after its payments, the client
     * reads the invoice back with a query (which a replica may serve) and counts every answer older
     * than what it was just told: a number not yet given, less paid than acknowledged.
     */
    constructor(client, world, verifyOwnWrites = false) {
        this.client = client;
        this.world = world;
        this.verifyOwnWrites = verifyOwnWrites;
        this.acknowledged = emptyAcknowledged();
    }
    /** One client: loops until `until` (ms since epoch). */
    async runClient(until) {
        while (Date.now() < until) {
            const roll = Math.random();
            if (roll < 0.5)
                await this.read();
            else if (roll < 0.78)
                await this.chain();
            else if (roll < 0.96)
                await this.recordWork();
            else
                await this.importWork();
        }
    }
    async read() {
        const c = this.client;
        switch (Math.floor(Math.random() * 4)) {
            case 0:
                await c.gql('read orders page+lines', ORDERS_PAGE, { skip: Math.floor(Math.random() * 40) });
                break;
            case 1:
                await c.gql('read invoice by id', INVOICE, { id: pick(this.world.invoiceIds) });
                break;
            case 2:
                await c.gql('read catalog page', CATALOG, { skip: Math.floor(Math.random() * 20) });
                break;
            default:
                await c.gql('read customers page', CUSTOMERS, { skip: Math.floor(Math.random() * 20) });
        }
    }
    /** order → delivery → draft invoice → issue → payment(s); stops at the first step that fails. */
    async chain() {
        const c = this.client;
        const lineCount = 1 + Math.floor(Math.random() * 3);
        const establishmentId = pick(this.world.establishmentIds);
        const order = await c.gql('createOrder', CREATE_ORDER, {
            input: {
                establishmentId,
                customerId: pick(this.world.customerIds),
                lines: Array.from({ length: lineCount }, () => ({ catalogItemId: pick(this.world.catalogItemIds[establishmentId]), quantity: pick(QUANTITIES) })),
            },
        }, { field: 'createOrder', typename: 'Order' });
        if (!order.ok)
            return;
        const note = await c.gql('deliverOrder', DELIVER, { orderId: order.data.createOrder.id }, { field: 'deliverOrder', typename: 'DeliveryNote' });
        if (!note.ok)
            return;
        const draft = await c.gql('createInvoice', CREATE_INVOICE, { noteId: note.data.deliverOrder.id }, { field: 'createInvoice', typename: 'Invoice' });
        if (!draft.ok)
            return;
        const issued = await c.gql('issueInvoice', ISSUE, { id: draft.data.createInvoice.id }, { field: 'issueInvoice', typename: 'Invoice' });
        if (!issued.ok) {
            if (uncertain(issued.sample))
                this.acknowledged.uncertainIssues++;
            return;
        }
        const invoice = issued.data.issueInvoice;
        this.acknowledged.issued.push(invoice);
        this.world.invoiceIds.push(invoice.id);
        const ttc = invoice.totalTtcCents;
        await this.readBack(invoice.id, invoice.number, 0);
        const roll = Math.random();
        let paid = 0;
        if (roll < 0.4) {
            if (await this.pay(invoice.id, ttc))
                paid = ttc;
        }
        else if (roll < 0.7) {
            const first = Math.max(1, Math.floor(ttc * (0.2 + Math.random() * 0.6)));
            if (await this.pay(invoice.id, first)) {
                paid = first;
                if (ttc - first > 0 && (await this.pay(invoice.id, ttc - first)))
                    paid = ttc;
            }
        }
        else if (roll < 0.85) {
            // Two clients pay the whole invoice at the same time: exactly one may succeed.
            this.acknowledged.paymentRaces++;
            const results = await Promise.all([this.pay(invoice.id, ttc), this.pay(invoice.id, ttc)]);
            const accepted = results.filter(Boolean).length;
            if (accepted === 1)
                this.acknowledged.raceRefusals++;
            if (accepted === 2)
                this.acknowledged.raceBothAccepted++;
            if (accepted > 0)
                paid = ttc;
        }
        if (paid > 0)
            await this.readBack(invoice.id, invoice.number, paid);
    }
    /** The invoice as a query shows it right after this client's writes: its number, at least `paidCents` paid. */
    async readBack(id, number, paidCents) {
        if (!this.verifyOwnWrites)
            return;
        const read = await this.client.gql('read own write (invoice)', INVOICE, { id });
        if (!read.ok || !read.data)
            return; // a failed request: counted with the failures, not a stale read
        this.acknowledged.ownReads++;
        const seen = read.data.invoice;
        if (!seen || seen.number !== number || seen.status === 'DRAFT' || seen.amountPaidCents < paidCents) {
            this.acknowledged.staleOwnReads.push(`invoice ${id}: expected ${number} with ≥ ${paidCents} paid, read ${seen ? `${seen.number ?? 'no number'} ${seen.status} ${seen.amountPaidCents} paid` : 'nothing'}`);
        }
    }
    async pay(invoiceId, amountCents) {
        const paid = await this.client.gql('recordPayment', PAY, { input: { invoiceId, amountCents, method: pick(['TRANSFER', 'CHECK', 'CARD', 'DIRECT_DEBIT']) } }, { field: 'recordPayment', typename: 'Payment' });
        if (paid.ok)
            this.acknowledged.payments.push(paid.data.recordPayment);
        else if (uncertain(paid.sample))
            this.acknowledged.uncertainPayments++;
        return paid.ok;
    }
    workDate(beneficiary) {
        const date = (0, dates_1.addDays)(beneficiary.from, Math.floor(Math.random() * 8));
        return date > beneficiary.to ? beneficiary.to : date;
    }
    async recordWork() {
        const beneficiary = pick(this.world.beneficiaries);
        const line = pick(this.world.orderLines);
        const recorded = await this.client.gql('recordWork', RECORD_WORK, { input: { beneficiaryId: beneficiary.id, orderLineId: line.id, workDate: this.workDate(beneficiary), hours: pick([0.5, 1, 2.25, 3.5, 7]), quantity: pick([0, 10, 125.5]) } }, { field: 'recordWork', typename: 'WorkRecord' });
        if (recorded.ok)
            this.acknowledged.workRecords.push(recorded.data.recordWork.id);
        else if (uncertain(recorded.sample))
            this.acknowledged.uncertainWorkRecords++;
    }
    /** A small supervisor's CSV (3 to 10 rows), imported all or nothing. */
    async importWork() {
        const rows = 3 + Math.floor(Math.random() * 8);
        const lines = ['matricule;date;reference;hours;quantity'];
        for (let i = 0; i < rows; i++) {
            const beneficiary = pick(this.world.beneficiaries);
            const line = pick(this.world.orderLines);
            lines.push(`${beneficiary.matricule};${this.workDate(beneficiary)};${line.orderNumber}/${line.position};${pick(['1', '2,5', '7'])};${pick(['0', '12', '1 200'])}`);
        }
        const imported = await this.client.gql('importWorkRecords', IMPORT, { csv: lines.join('\n') + '\n' }, {
            field: 'importWorkRecords',
            typename: 'WorkRecordImport',
        });
        if (imported.ok)
            this.acknowledged.importedRows += imported.data.importWorkRecords.imported;
        else if (uncertain(imported.sample))
            this.acknowledged.uncertainImportRows += rows;
    }
}
exports.Workload = Workload;
//# sourceMappingURL=workload.js.map