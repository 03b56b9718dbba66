import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OperationsNature } from '../enums';
import { Cents } from '../scalars';
import { AddressInput } from './sales.input';
import { IsBic, IsIban, IsRnaNumber, IsVatNumber, MAX_CENTS } from './common.input';

@InputType({ description: 'Who the organisation is, as its documents print it (Code de commerce L441-9). Replaces every field.' })
export class OrganizationIdentityInput {
  @Field(() => String) @IsString() @Length(1, 200) name!: string;
  @Field(() => String, { description: 'Association loi 1901, SAS, SA, SARL…' }) @IsString() @Length(1, 100) legalForm!: string;
  @Field(() => String, { nullable: true, description: 'RNA number, for an association that has one.' }) @IsOptional() @IsRnaNumber() rnaNumber?: string;
  @Field(() => String, { nullable: true, description: 'City of the RCS registry, for a registered company.' }) @IsOptional() @IsString() @Length(1, 100) rcsCity?: string;
  @Field(() => Cents, { nullable: true, description: 'Share capital in cents, for a company that has one.' }) @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) shareCapitalCents?: number;
  @Field(() => String, { nullable: true, description: 'Intracommunity VAT number; a French one carries the SIREN of the establishments.' })
  @IsOptional() @IsVatNumber() vatNumber?: string;
  @Field(() => AddressInput, { description: 'Head office (siège social).' }) @ValidateNested() headOffice!: AddressInput;
}

@InputType({ description: 'Where an establishment is and the account its invoices are paid into.' })
export class EstablishmentIdentityInput {
  @Field(() => AddressInput) @ValidateNested() address!: AddressInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIban() iban?: string;
  @Field(() => String, { nullable: true, description: 'Required with an IBAN outside France.' }) @IsOptional() @IsBic() bic?: string;
}

@InputType({ description: 'The mentions the organisation\'s invoices carry by default; wordings are the organisation\'s own. Replaces every field.' })
export class InvoiceMentionsInput {
  @Field(() => OperationsNature) @IsIn(Object.values(OperationsNature)) operationsNature!: OperationsNature;
  @Field(() => String, { description: 'The late-payment penalty rate as printed (Code de commerce L441-10).' }) @IsString() @Length(1, 500) latePenaltyTerms!: string;
  @Field(() => String, { description: 'Early-payment discount terms, or that there is none.' }) @IsString() @Length(1, 500) earlyPaymentDiscountTerms!: string;
  @Field(() => String, { nullable: true, description: 'Printed under lines at 0 % VAT: the exemption and its article.' })
  @IsOptional() @IsString() @Length(1, 500) vatExemptionMention?: string;
  @Field(() => Boolean) @IsBoolean() vatOnDebits!: boolean;
  @Field(() => Boolean) @IsBoolean() socialValueLine!: boolean;
}

@InputType({ description: 'The logo printed on documents: PNG or JPEG, base64, at most 256 KiB.' })
export class LogoInput {
  @Field(() => String) @IsIn(['image/png', 'image/jpeg']) mediaType!: string;
  @Field(() => String) @IsString() @MaxLength(349_528) base64!: string;
}
