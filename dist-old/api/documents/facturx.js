"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FACTURX_CONFORMANCE = exports.FACTURX_VERSION = exports.FACTURX_FILE_NAME = void 0;
exports.unitCode = unitCode;
exports.facturXml = facturXml;
exports.facturXmp = facturXmp;
const sales_pdf_1 = require("./sales-pdf");
/**
 * The Factur-X (EN 16931 profile) CII XML of an issued invoice or credit note, from its snapshot, and
 * the XMP a Factur-X PDF/A-3 declares. Written here rather than through @e-invoice-eu/core: that
 * library builds CII from its own UBL-shaped JSON and embeds it by re-saving the PDF with pdf-lib,
 * which would undo the one deterministic pdfkit pass the stored bytes rely on; the mapping from our
 * snapshot is a few dozen elements. Correctness is checked by an independent validator in the tests:
 * the official Factur-X XSD (xmllint) and the EN 16931 schematron (Saxon-JS).
 */
exports.FACTURX_FILE_NAME = 'factur-x.xml';
exports.FACTURX_VERSION = '1.0';
exports.FACTURX_CONFORMANCE = 'EN 16931';
/** UN/ECE Recommendation 20 codes of the catalogue's units; an unknown unit counts as "one" (C62). */
const UNIT_CODES = {
    pièce: 'H87', piece: 'H87', unité: 'C62', heure: 'HUR', h: 'HUR', jour: 'DAY', semaine: 'WEE', mois: 'MON', kg: 'KGM', tonne: 'TNE', g: 'GRM',
    'm²': 'MTK', m2: 'MTK', m: 'MTR', 'm³': 'MTQ', litre: 'LTR', l: 'LTR', forfait: 'LS', lot: 'LO',
};
function unitCode(unit) {
    return UNIT_CODES[unit.trim().toLowerCase()] ?? 'C62';
}
function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Cents as a decimal amount with two digits, exactly. */
function amount(cents) {
    const magnitude = Math.abs(cents);
    return `${cents < 0 ? '-' : ''}${Math.trunc(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}
function rate(basisPoints) {
    return (basisPoints / 100).toFixed(2);
}
const day = (date) => date.replaceAll('-', '');
function element(name, content, attributes = '') {
    return content === null || content === undefined || content === '' ? '' : `<${name}${attributes}>${escape(content)}</${name}>`;
}
function dateTime(name, date, prefix = 'udt') {
    return `<${name}><${prefix}:DateTimeString format="102">${day(date)}</${prefix}:DateTimeString></${name}>`;
}
function address(value) {
    if (!value)
        return '<ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>';
    return `<ram:PostalTradeAddress>${element('ram:PostcodeCode', value.postalCode)}${element('ram:LineOne', value.line1)}${element('ram:LineTwo', value.line2)}`
        + `${element('ram:CityName', value.city)}${element('ram:CountryID', value.countryCode)}</ram:PostalTradeAddress>`;
}
/** S (standard rate) for a positive rate; E (exempt, with the organisation's mention) at 0 %. */
function category(line) {
    return line.vatRateBp === 0 ? 'E' : 'S';
}
function lineItem(line) {
    return '<ram:IncludedSupplyChainTradeLineItem>'
        + `<ram:AssociatedDocumentLineDocument><ram:LineID>${line.position}</ram:LineID></ram:AssociatedDocumentLineDocument>`
        + `<ram:SpecifiedTradeProduct>${element('ram:Name', line.description)}</ram:SpecifiedTradeProduct>`
        + `<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>${amount(line.unitPriceCents)}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>`
        + `<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="${unitCode(line.unit)}">${line.quantity.toFixed(3)}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>`
        + '<ram:SpecifiedLineTradeSettlement>'
        + `<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>${category(line)}</ram:CategoryCode><ram:RateApplicablePercent>${rate(line.vatRateBp)}</ram:RateApplicablePercent></ram:ApplicableTradeTax>`
        + `<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${amount(line.totalHtCents)}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>`
        + '</ram:SpecifiedLineTradeSettlement>'
        + '</ram:IncludedSupplyChainTradeLineItem>';
}
/** Invoice notes with their UNTDID 4451 subjects: registration (REG), penalties (PMD), indemnity (PMT), discount (AAB). */
function notes(snapshot) {
    const list = [];
    const registration = (0, sales_pdf_1.registrationLine)(snapshot.seller);
    if (registration)
        list.push([registration, 'REG']);
    const mentions = snapshot.mentions;
    if (mentions?.latePenaltyTerms && snapshot.kind === 'invoice')
        list.push([mentions.latePenaltyTerms, 'PMD']);
    if (mentions?.recoveryIndemnityCents !== null && mentions?.recoveryIndemnityCents !== undefined && snapshot.kind === 'invoice') {
        list.push([`Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : ${amount(mentions.recoveryIndemnityCents).replace('.', ',')} €`, 'PMT']);
    }
    if (mentions?.earlyPaymentDiscountTerms && snapshot.kind === 'invoice')
        list.push([mentions.earlyPaymentDiscountTerms, 'AAB']);
    if (snapshot.reason)
        list.push([`Motif de l'avoir : ${snapshot.reason}`, 'AAI']);
    if (snapshot.notes)
        list.push([snapshot.notes, 'AAI']);
    return list.map(([content, subject]) => `<ram:IncludedNote>${element('ram:Content', content)}<ram:SubjectCode>${subject}</ram:SubjectCode></ram:IncludedNote>`).join('');
}
function facturXml(snapshot) {
    if ((snapshot.kind !== 'invoice' && snapshot.kind !== 'credit_note') || snapshot.draft || !snapshot.totals || !snapshot.number) {
        throw new Error('Factur-X is made for issued invoices and credit notes only');
    }
    const { seller, buyer, totals, mentions } = snapshot;
    const establishment = seller.establishment;
    const exemption = mentions?.vatExemptionMention ?? null;
    const taxes = totals.vatBreakdown.map((vat) => {
        const code = category(vat);
        return '<ram:ApplicableTradeTax>'
            + `<ram:CalculatedAmount>${amount(vat.vatCents)}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>`
            + (code === 'E' ? element('ram:ExemptionReason', exemption ?? 'Exonération de TVA') : '')
            + `<ram:BasisAmount>${amount(vat.baseHtCents)}</ram:BasisAmount><ram:CategoryCode>${code}</ram:CategoryCode>`
            + (mentions?.vatOnDebits && code === 'S' ? '<ram:DueDateTypeCode>5</ram:DueDateTypeCode>' : '')
            + `<ram:RateApplicablePercent>${rate(vat.vatRateBp)}</ram:RateApplicablePercent>`
            + '</ram:ApplicableTradeTax>';
    }).join('');
    const period = snapshot.deliveryPeriod;
    const delivery = (buyer.delivery ? `<ram:ShipToTradeParty>${element('ram:Name', buyer.legalName)}${address(buyer.delivery)}</ram:ShipToTradeParty>` : '')
        + (period && period.from === period.to ? `<ram:ActualDeliverySupplyChainEvent>${dateTime('ram:OccurrenceDateTime', period.to)}</ram:ActualDeliverySupplyChainEvent>` : '');
    const paymentMeans = establishment.iban
        ? '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:Information>Virement SEPA</ram:Information>'
            + `<ram:PayeePartyCreditorFinancialAccount>${element('ram:IBANID', establishment.iban)}</ram:PayeePartyCreditorFinancialAccount>`
            + (establishment.bic ? `<ram:PayeeSpecifiedCreditorFinancialInstitution>${element('ram:BICID', establishment.bic)}</ram:PayeeSpecifiedCreditorFinancialInstitution>` : '')
            + '</ram:SpecifiedTradeSettlementPaymentMeans>'
        : '';
    const terms = snapshot.kind === 'invoice'
        ? `<ram:SpecifiedTradePaymentTerms>${element('ram:Description', mentions?.earlyPaymentDiscountTerms ?? null)}${snapshot.dueDate ? dateTime('ram:DueDateDateTime', snapshot.dueDate) : ''}</ram:SpecifiedTradePaymentTerms>`
        : `<ram:SpecifiedTradePaymentTerms>${element('ram:Description', `Avoir à imputer sur la facture ${snapshot.creditedInvoice.number}`)}</ram:SpecifiedTradePaymentTerms>`;
    const references = snapshot.customerReferences?.length
        ? `<ram:BuyerOrderReferencedDocument>${element('ram:IssuerAssignedID', snapshot.customerReferences.join(', '))}</ram:BuyerOrderReferencedDocument>` : '';
    const despatch = snapshot.deliveryNoteNumbers?.length
        ? `<ram:DespatchAdviceReferencedDocument>${element('ram:IssuerAssignedID', snapshot.deliveryNoteNumbers.join(', '))}</ram:DespatchAdviceReferencedDocument>` : '';
    return '<?xml version="1.0" encoding="UTF-8"?>\n'
        + '<rsm:CrossIndustryInvoice xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"'
        + ' xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"'
        + ' xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"'
        + ' xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">'
        + '<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>'
        + `<rsm:ExchangedDocument>${element('ram:ID', snapshot.number)}<ram:TypeCode>${snapshot.kind === 'invoice' ? '380' : '381'}</ram:TypeCode>${dateTime('ram:IssueDateTime', snapshot.date)}${notes(snapshot)}</rsm:ExchangedDocument>`
        + '<rsm:SupplyChainTradeTransaction>'
        + snapshot.lines.map(lineItem).join('')
        + '<ram:ApplicableHeaderTradeAgreement>'
        + '<ram:SellerTradeParty>'
        + element('ram:Name', seller.name)
        + `<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">${seller.siren}</ram:ID>${element('ram:TradingBusinessName', establishment.name)}</ram:SpecifiedLegalOrganization>`
        + address(establishment.address ?? seller.headOffice)
        + (seller.vatNumber ? `<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${escape(seller.vatNumber)}</ram:ID></ram:SpecifiedTaxRegistration>` : '')
        + '</ram:SellerTradeParty>'
        + '<ram:BuyerTradeParty>'
        + element('ram:Name', buyer.legalName)
        + `<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">${buyer.siren}</ram:ID></ram:SpecifiedLegalOrganization>`
        + address(buyer.billing)
        + (buyer.vatNumber ? `<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${escape(buyer.vatNumber)}</ram:ID></ram:SpecifiedTaxRegistration>` : '')
        + '</ram:BuyerTradeParty>'
        + references
        + '</ram:ApplicableHeaderTradeAgreement>'
        + `<ram:ApplicableHeaderTradeDelivery>${delivery}${despatch}</ram:ApplicableHeaderTradeDelivery>`
        + '<ram:ApplicableHeaderTradeSettlement>'
        + '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>'
        + paymentMeans
        + taxes
        + (period && period.from !== period.to ? `<ram:BillingSpecifiedPeriod>${dateTime('ram:StartDateTime', period.from)}${dateTime('ram:EndDateTime', period.to)}</ram:BillingSpecifiedPeriod>` : '')
        + terms
        + '<ram:SpecifiedTradeSettlementHeaderMonetarySummation>'
        + `<ram:LineTotalAmount>${amount(snapshot.lines.reduce((sum, line) => sum + line.totalHtCents, 0))}</ram:LineTotalAmount>`
        + `<ram:TaxBasisTotalAmount>${amount(totals.htCents)}</ram:TaxBasisTotalAmount>`
        + `<ram:TaxTotalAmount currencyID="EUR">${amount(totals.vatCents)}</ram:TaxTotalAmount>`
        + `<ram:GrandTotalAmount>${amount(totals.ttcCents)}</ram:GrandTotalAmount>`
        + `<ram:DuePayableAmount>${amount(totals.ttcCents)}</ram:DuePayableAmount>`
        + '</ram:SpecifiedTradeSettlementHeaderMonetarySummation>'
        + (snapshot.creditedInvoice
            ? `<ram:InvoiceReferencedDocument>${element('ram:IssuerAssignedID', snapshot.creditedInvoice.number)}${dateTime('ram:FormattedIssueDateTime', snapshot.creditedInvoice.date, 'qdt')}</ram:InvoiceReferencedDocument>`
            : '')
        + '</ram:ApplicableHeaderTradeSettlement>'
        + '</rsm:SupplyChainTradeTransaction>'
        + '</rsm:CrossIndustryInvoice>\n';
}
/** The XMP of a Factur-X PDF/A-3: the fx properties and the PDF/A extension schema that declares them. */
function facturXmp() {
    const property = (name, description) => `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>`
        + `<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;
    return `<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
  <fx:DocumentType>INVOICE</fx:DocumentType>
  <fx:DocumentFileName>${exports.FACTURX_FILE_NAME}</fx:DocumentFileName>
  <fx:Version>${exports.FACTURX_VERSION}</fx:Version>
  <fx:ConformanceLevel>${exports.FACTURX_CONFORMANCE}</fx:ConformanceLevel>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
  <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>fx</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq>
      ${property('DocumentFileName', 'name of the embedded XML invoice file')}
      ${property('DocumentType', 'INVOICE')}
      ${property('Version', 'The actual version of the Factur-X XML schema')}
      ${property('ConformanceLevel', 'The conformance level of the embedded Factur-X data')}
    </rdf:Seq></pdfaSchema:property>
  </rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>`;
}
//# sourceMappingURL=facturx.js.map