import { BeneficiaryStatus, EstablishmentKind, MadContractKind, OrderStatus, ProductionSheetStatus, Role, WorkRecordStatus } from '../../schema/enums';
import { CORRECTION_COMMENTS, FIRST_NAMES, LAST_NAMES, MEDICO_SOCIAL_NOTES, WORK_RECORD_COMMENTS, WORKSHOPS } from './demo-fixtures';
import type {
  DemoActivity, DemoAllocation, DemoAssignment, DemoBeneficiary, DemoCustomer, DemoDeliveryNote, DemoEstablishment, DemoMadContract, DemoNote, DemoOrder,
  DemoOrderLine, DemoProduction, DemoProductionSheet, DemoTask, DemoUser, DemoWorkGroup, DemoWorkRecord, DemoWorkshop,
} from './demo-model';
import { Random, addDays, byDate, daysBetween, fridayOnOrAfter, isWorkingDay, lastDayOfPeriod, makesGoods, workingDayFrom } from './demo-tools';

/**
 * The production side of the demo year, built from its sales: the workshops that make what the
 * catalog sells, about forty beneficiaries with their parcours, a production sheet for most orders of
 * produced goods, allocations, MAD contracts, and the pointages (work records) behind every order
 * line, day by day between the order and its last delivery, by beneficiaries present that day: those
 * of the line's workshop, and helpers from the establishment's other workshops when it is busy.
 *
 * Hours are planned and recorded in half hours (a record holds 1 to 7 hours) and never exceed a
 * beneficiary's daily contract hours across all lines; a line's total follows its labour value
 * (price HT less the deductible costs) at 15–25 € an hour, or its quantity when it is billed by the
 * hour (busy weeks leave some piece-priced lines short of that); the quantity produced adds up to the
 * quantity delivered. Deterministic per seed, with its own random stream so that the sales side of a
 * seed stays what it was.
 */

const DAYS = 365;
/** Half hours: the unit of planning; a record holds 2 to 14 of them (1 to 7 hours). */
const MIN_RECORD = 2;
const MAX_RECORD = 14;
const HALF_DAY = 7;
const HUNDREDTHS_PER_HALF = 50;
const GROUP_ALLOCATION_SHARE = 0.35;
const MAD_TEAM = 'Équipe mise à disposition';
const PRODUCTION_ORDERS_WITHOUT_SHEET = 0.1;

/** Units whose quantity a pointage counts (pieces made, kilos washed, square metres mown). */
const MEASURED_IN: Record<string, number> = { pièce: 1000, kg: 100, 'm²': 1000 };

export interface SalesSide {
  establishments: DemoEstablishment[];
  users: DemoUser[];
  orders: DemoOrder[];
  deliveryNotes: DemoDeliveryNote[];
}

export function generateProduction(seed: number, today: string, sales: SalesSide): DemoProduction {
  return new ProductionYear(seed, today, sales).build();
}

/** What the scheduler knows of a beneficiary, day by day over the demo year (index 0 = first day). */
interface Worker {
  index: number;
  beneficiary: DemoBeneficiary;
  /** Index of the workshop the beneficiary is assigned to on each day, -1 when absent from the structure. */
  workshopOn: Int16Array;
  /** Index of the work group, -1 when none. */
  groupOn: Int16Array;
  /** Half hours already recorded each day, over all lines. */
  used: Uint8Array;
  /** Daily contract hours, in half hours. */
  dailyCap: number;
}

/** A line being scheduled: who may work on it, and what is left to do. */
interface Plan {
  work: LineWork;
  /** Its working days (indexes), in order. */
  days: number[];
  workers: Worker[];
  group: DemoWorkGroup | null;
  pool: Worker[];
  /** Only its planned workers may work on it (a MAD contract's line); it is served first. */
  exclusive: boolean;
  /** Billed by the hour: the hours sold are the hours worked, so it is served before lines priced by the piece. */
  byTheHour: boolean;
  remaining: number;
  /** Days of its window already scheduled. */
  passed: number;
  byWorkerDay: Map<number, DemoWorkRecord>;
}

/** An order line seen from the workshop. */
interface LineWork {
  order: DemoOrder;
  line: DemoOrderLine;
  workshop: DemoWorkshop;
  activity: DemoActivity;
  delivered: number;
  lastDelivery: string | null;
  /** Fully delivered: its work is over and validated. */
  done: boolean;
  task: DemoTask | null;
  sheet: DemoProductionSheet | null;
  /** Half hours the whole line takes. */
  fullHalves: number;
  contract: DemoMadContract | null;
}

class ProductionYear {
  private readonly random: Random;
  private readonly start: string;
  private readonly dates: string[] = [];
  private readonly working: boolean[] = [];
  private readonly validationDay: string[] = [];
  private workshops: DemoWorkshop[] = [];
  private groups: DemoWorkGroup[] = [];
  private workers: Worker[] = [];
  private readonly workshopIndex = new Map<DemoWorkshop, number>();
  private readonly groupIndex = new Map<DemoWorkGroup, number>();

  constructor(
    seed: number,
    private readonly today: string,
    private readonly sales: SalesSide,
  ) {
    this.random = new Random((seed ^ 0x2f6b1d3a) >>> 0);
    this.start = addDays(today, -(DAYS - 1));
    for (let day = 0; day < DAYS; day++) {
      const date = addDays(this.start, day);
      this.dates.push(date);
      this.working.push(isWorkingDay(date));
    }
    // Supervisors validate each week's pointages on Friday (the next working day when it is off).
    for (let day = 0; day < DAYS; day++) {
      let friday = fridayOnOrAfter(this.dates[day]);
      while (!isWorkingDay(friday)) friday = addDays(friday, 1);
      this.validationDay.push(friday);
    }
  }

  build(): DemoProduction {
    this.workshops = this.buildWorkshops();
    this.workshops.forEach((workshop, index) => this.workshopIndex.set(workshop, index));
    this.groups = this.workshops.flatMap((workshop) => workshop.groups);
    this.groups.forEach((group, index) => this.groupIndex.set(group, index));
    const beneficiaries = this.beneficiaries();
    this.workers = beneficiaries.map((beneficiary, index) => this.workerOf(beneficiary, index));
    const notes = this.notes(beneficiaries);

    const lines = this.lineWorks();
    const sheets = this.sheets(lines);
    const madContracts = this.madContracts(lines);
    const { records, allocations } = this.work(lines);
    const corrections = this.corrections(records);
    return { workshops: this.workshops, beneficiaries, notes, sheets, allocations, madContracts, workRecords: [...records, ...corrections] };
  }

  private readonly dayIndex = new Map<string, number>();
  /** Index of a date in the year (0 = first day; negative before it); cached, dates recur a lot. */
  private day(date: string): number {
    let index = this.dayIndex.get(date);
    if (index === undefined) this.dayIndex.set(date, (index = daysBetween(this.start, date)));
    return index;
  }

  private buildWorkshops(): DemoWorkshop[] {
    return WORKSHOPS.map((fixture) => {
      const workshop: DemoWorkshop = {
        establishment: this.sales.establishments.find((establishment) => establishment.code === fixture.establishment)!,
        code: fixture.code,
        name: fixture.name,
        supervisors: fixture.supervisors.map((email) => this.sales.users.find((user) => user.email === email)!),
        activities: [],
        groups: [],
      };
      workshop.activities = fixture.activities.map((activity) => ({ workshop, code: activity.code, name: activity.name, items: activity.items }));
      workshop.groups = fixture.groups.map((name, index) => ({ workshop, code: `${fixture.code}-G${index + 1}`, name }));
      return workshop;
    });
  }

  /**
   * Each workshop's usual headcount; the first two of each have been there for years and stay all
   * year. A few others joined during the year, a few left; about a third changed workshop or group
   * at least once. Matricules follow the order of entry in each establishment.
   */
  private beneficiaries(): DemoBeneficiary[] {
    const names = this.random.sample(
      FIRST_NAMES.flatMap((firstName) => LAST_NAMES.map((lastName) => ({ firstName, lastName }))),
      WORKSHOPS.reduce((sum, fixture) => sum + fixture.headcount, 0),
    );
    const beneficiaries: DemoBeneficiary[] = [];
    const anchors = new Set<DemoBeneficiary>();
    for (const [index, workshop] of this.workshops.entries()) {
      const esat = workshop.establishment.kind === EstablishmentKind.ESAT;
      for (let rank = 0; rank < WORKSHOPS[index].headcount; rank++) {
        const name = names[beneficiaries.length];
        const ratio = esat
          ? this.random.weighted([500, 600, 700, 750, 800, 900, 1000], [2, 2, 2, 1, 3, 1, 4])
          : this.random.weighted([500, 800, 900, 1000], [1, 2, 1, 6]);
        const beneficiary: DemoBeneficiary = {
          establishment: workshop.establishment,
          matricule: '',
          initials: initialsOf(name.firstName, name.lastName),
          status: esat ? BeneficiaryStatus.ESAT_WORKER : BeneficiaryStatus.EA_EMPLOYEE,
          workingTimeRatioThousandths: ratio,
          weeklyHundredths: (ratio * 35) / 10,
          // Seniority skewed towards recent years, up to fifteen years back.
          entryDate: workingDayFrom(addDays(this.start, -this.random.int(30, Math.round(30 + 5400 * this.random.next() ** 1.6)))),
          exitDate: null,
          mainWorkshop: workshop,
          workGroup: workshop.groups.length ? workshop.groups[rank % workshop.groups.length] : null,
          referent: this.random.pick(workshop.supervisors),
          parcours: [],
          identity: this.random.chance(0.5) ? name : null,
        };
        if (rank < 2) anchors.add(beneficiary);
        beneficiaries.push(beneficiary);
      }
    }

    const others = this.random.sample(
      beneficiaries.filter((beneficiary) => !anchors.has(beneficiary)),
      beneficiaries.length,
    );
    const newcomers = others.slice(0, 4);
    const leavers = others.slice(4, 7);
    for (const beneficiary of newcomers) beneficiary.entryDate = workingDayFrom(addDays(this.start, this.random.int(20, DAYS - 60)));
    for (const beneficiary of leavers) beneficiary.exitDate = workingDayFrom(addDays(this.start, this.random.int(60, DAYS - 20)));

    for (const beneficiary of beneficiaries) beneficiary.parcours = this.parcours(beneficiary, anchors.has(beneficiary));

    // Matricules in order of entry, per establishment; the data set lists beneficiaries in that order.
    const ordered: DemoBeneficiary[] = [];
    for (const establishment of this.sales.establishments) {
      const own = beneficiaries.filter((beneficiary) => beneficiary.establishment === establishment).sort(byDate((beneficiary) => beneficiary.entryDate));
      const prefix = establishment.kind === EstablishmentKind.ESAT ? 'ESAT' : 'EA';
      own.forEach((beneficiary, index) => (beneficiary.matricule = `${prefix}-${String(index + 1).padStart(4, '0')}`));
      ordered.push(...own);
    }
    return ordered;
  }

  /** The dated steps from entry to now (or exit); the last one is the current workshop and group. */
  private parcours(beneficiary: DemoBeneficiary, anchor: boolean): DemoAssignment[] {
    const end = beneficiary.exitDate ?? this.today;
    const span = daysBetween(beneficiary.entryDate, end);
    const moves = !anchor && span > 240 && this.random.chance(0.35) ? this.random.weighted([1, 2], [3, 1]) : 0;
    const moveDates = [...new Set(Array.from({ length: moves }, () => workingDayFrom(addDays(beneficiary.entryDate, this.random.int(90, span - 60)))))]
      .filter((date) => date < end)
      .sort();
    const siblings = this.workshops.filter((workshop) => workshop.establishment === beneficiary.establishment && workshop !== beneficiary.mainWorkshop);
    const steps: DemoAssignment[] = [];
    let from = beneficiary.entryDate;
    for (const date of moveDates) {
      // An earlier step: another workshop of the establishment, or another group of the same one.
      const previous = steps[steps.length - 1]?.workshop;
      const sameWorkshop = beneficiary.mainWorkshop.groups.length > 1 && previous !== beneficiary.mainWorkshop && this.random.chance(0.3);
      const workshop = sameWorkshop ? beneficiary.mainWorkshop : this.random.pick(siblings.filter((sibling) => sibling !== previous));
      const choices = workshop.groups.filter((group) => group !== beneficiary.workGroup);
      steps.push({ beneficiary, workshop, workGroup: choices.length ? this.random.pick(choices) : null, startDate: from, endDate: addDays(date, -1) });
      from = date;
    }
    steps.push({ beneficiary, workshop: beneficiary.mainWorkshop, workGroup: beneficiary.workGroup, startDate: from, endDate: beneficiary.exitDate });
    return steps;
  }

  private workerOf(beneficiary: DemoBeneficiary, index: number): Worker {
    const workshopOn = new Int16Array(DAYS).fill(-1);
    const groupOn = new Int16Array(DAYS).fill(-1);
    for (const step of beneficiary.parcours) {
      const first = Math.max(0, this.day(step.startDate));
      const last = Math.min(DAYS - 1, this.day(step.endDate ?? this.today));
      for (let day = first; day <= last; day++) {
        workshopOn[day] = this.workshopIndex.get(step.workshop)!;
        groupOn[day] = step.workGroup ? this.groupIndex.get(step.workGroup)! : -1;
      }
    }
    return { index, beneficiary, workshopOn, groupOn, used: new Uint8Array(DAYS), dailyCap: Math.floor(beneficiary.weeklyHundredths / 5 / HUNDREDTHS_PER_HALF) };
  }

  /** A dozen dated notes of the médico-social team, on a few beneficiaries, while they were there. */
  private notes(beneficiaries: DemoBeneficiary[]): DemoNote[] {
    const author = this.sales.users.find((user) => user.roles.includes(Role.MEDICO_SOCIAL))!;
    const notes: DemoNote[] = [];
    for (const beneficiary of this.random.sample(beneficiaries, 8)) {
      const from = beneficiary.entryDate > addDays(this.start, -180) ? beneficiary.entryDate : addDays(this.start, -180);
      const to = beneficiary.exitDate ?? this.today;
      for (const body of this.random.sample(MEDICO_SOCIAL_NOTES, this.random.int(1, 2))) {
        const date = workingDayFrom(addDays(from, this.random.int(0, Math.max(0, daysBetween(from, to) - 3))));
        if (date <= to) notes.push({ beneficiary, date, body, author });
      }
    }
    return notes.sort(byDate((note) => note.date));
  }

  /** Every order line that is not cancelled, with its workshop, activity and deliveries. */
  private lineWorks(): LineWork[] {
    const placeOf = new Map<string, { workshop: DemoWorkshop; activity: DemoActivity }>();
    for (const workshop of this.workshops) {
      for (const activity of workshop.activities) for (const code of activity.items) placeOf.set(code, { workshop, activity });
    }
    const delivered = new Map<DemoOrderLine, { quantity: number; last: string }>();
    for (const note of this.sales.deliveryNotes) {
      for (const { orderLine, quantity } of note.lines) {
        const progress = delivered.get(orderLine) ?? { quantity: 0, last: note.date };
        delivered.set(orderLine, { quantity: progress.quantity + quantity, last: note.date > progress.last ? note.date : progress.last });
      }
    }
    const lines: LineWork[] = [];
    for (const order of this.sales.orders) {
      if (order.status === OrderStatus.CANCELLED) continue;
      for (const line of order.lines) {
        const place = placeOf.get(line.item.code);
        if (!place || place.workshop.establishment !== order.establishment) throw new Error(`no workshop of ${order.establishment.code} makes ${line.item.code}`);
        const progress = delivered.get(line);
        lines.push({
          order,
          line,
          workshop: place.workshop,
          activity: place.activity,
          delivered: progress?.quantity ?? 0,
          lastDelivery: progress?.last ?? null,
          done: (progress?.quantity ?? 0) >= line.quantity,
          task: null,
          sheet: null,
          fullHalves: this.fullHalves(line),
          contract: null,
        });
      }
    }
    return lines;
  }

  /** Hours a line takes: its quantity when sold by the hour, else its labour value at 15–25 € an hour. */
  private fullHalves(line: DemoOrderLine): number {
    if (line.item.unit === 'heure') return line.quantity / 500;
    const { materialsCents, subcontractingCents, intermediateConsumptionCents, sellingCostsCents } = line.costs;
    const labourCents = line.totalHtCents - ((materialsCents + subcontractingCents + intermediateConsumptionCents + sellingCostsCents) * line.quantity) / 1000;
    return Math.max(MIN_RECORD, Math.round((labourCents / this.random.int(1500, 2500)) * 2));
  }

  /**
   * A production sheet for most orders of produced goods, drawn up on the order day: done once
   * everything is delivered, in progress while the order is in production, planned before.
   */
  private sheets(lines: LineWork[]): DemoProductionSheet[] {
    const sheets: DemoProductionSheet[] = [];
    const byOrder = new Map<DemoOrder, LineWork[]>();
    for (const work of lines) byOrder.set(work.order, [...(byOrder.get(work.order) ?? []), work]);
    for (const [order, works] of byOrder) {
      if (!makesGoods(order)) continue;
      // A few orders are made without a sheet; never one the workshop has started and not finished.
      const started = order.status === OrderStatus.IN_PRODUCTION && !works.every((work) => work.done);
      if (this.random.chance(PRODUCTION_ORDERS_WITHOUT_SHEET) && !started) continue;
      const workshop = works[0].workshop;
      if (works.some((work) => work.workshop !== workshop)) throw new Error(`order of ${order.date} spans several workshops`);
      const done = works.every((work) => work.done);
      const firstDelivery = works.map((work) => work.lastDelivery).filter((date): date is string => date !== null).sort()[0];
      const plannedStart = [workingDayFrom(addDays(order.date, this.random.int(0, 2))), firstDelivery ?? this.today, this.today].sort()[0];
      const sheet: DemoProductionSheet = {
        number: '',
        order,
        workshop,
        status: done ? ProductionSheetStatus.DONE : order.status === OrderStatus.CONFIRMED ? ProductionSheetStatus.PLANNED : ProductionSheetStatus.IN_PROGRESS,
        plannedStart,
        plannedEnd: workingDayFrom(addDays(plannedStart, this.random.int(4, 18))),
        tasks: [],
        createdOn: order.date,
      };
      for (const work of works) {
        work.sheet = sheet;
        work.task = {
          orderLine: work.line,
          activity: work.activity,
          description: work.line.description,
          plannedQuantity: work.line.quantity,
          plannedHundredths: work.fullHalves * HUNDREDTHS_PER_HALF,
        };
        sheet.tasks.push(work.task);
      }
      sheets.push(sheet);
    }
    return sheets.sort(byDate((sheet) => sheet.plannedStart));
  }

  /** Working days between two dates (both included); a line delivered on a day off was worked that day. */
  private workDays(from: string, to: string): number[] {
    const days: number[] = [];
    for (let day = Math.max(0, this.day(from)); day <= Math.min(DAYS - 1, this.day(to)); day++) if (this.working[day]) days.push(day);
    if (days.length === 0 && to <= this.today && this.day(to) >= 0) days.push(this.day(to));
    return days;
  }

  /** The days a line is worked: from its sheet's start (or the order) to its last delivery, or to today while open. */
  private windowOf(work: LineWork): number[] {
    if (!work.done && work.order.status === OrderStatus.CONFIRMED) return [];
    const from = work.sheet?.plannedStart ?? work.order.date;
    return this.workDays(from, work.done ? work.lastDelivery! : this.today);
  }

  /**
   * One individual MAD (ESAT, CASF R344-17: at most two years), on an hour-billed placement line one
   * full-time beneficiary of the industrial workshop could work alone; one collective MAD, a team of
   * the workshop's MAD group on a team-day line, preferably for the same customer. A contract is
   * linked to its order line and covers its days; without such a line, it is created unlinked.
   */
  private madContracts(lines: LineWork[]): DemoMadContract[] {
    const workshop = this.workshops.find((candidate) => candidate.code === 'ESAT-SST')!;
    const workshopIndex = this.workshopIndex.get(workshop)!;
    const team = workshop.groups.find((group) => group.name === MAD_TEAM)!;
    const teamIndex = this.groupIndex.get(team)!;
    const contracts: DemoMadContract[] = [];

    const soloFor = (work: LineWork): Worker | undefined => {
      const days = this.windowOf(work);
      return this.workers.find(
        (worker) => worker.dailyCap === MAX_RECORD && days.every((day) => worker.workshopOn[day] === workshopIndex) && days.length * MAX_RECORD * 0.85 >= work.fullHalves,
      );
    };
    const teamFor = (work: LineWork): Worker[] => {
      const days = this.windowOf(work);
      return this.workers.filter((worker) => days.length > 0 && days.every((day) => worker.groupOn[day] === teamIndex));
    };
    // An individual placement runs today (the README's examples record work under it): its work is
    // recent enough for a contract of at most the 2 years the law allows to reach past today.
    const recent = (work: LineWork) => work.order.date >= addDays(this.today, -540);
    const individual = lines.filter((work) => work.line.item.code === 'MAD-ESAT-AGENT' && work.done && recent(work) && soloFor(work));
    const collective = lines.filter((work) => {
      const members = teamFor(work);
      const room = members.reduce((sum, worker) => sum + worker.dailyCap, 0) * this.windowOf(work).length;
      return work.line.item.code === 'MAD-ESAT-EQUIPE' && work.done && members.length >= 2 && room * 0.85 >= work.fullHalves;
    });
    const paired = individual.filter((work) => collective.some((other) => other.order.customer === work.order.customer));
    const solo = paired.length ? this.random.pick(paired) : individual.length ? this.random.pick(individual) : null;
    const sameCustomer = collective.filter((work) => work.order.customer === solo?.order.customer);
    const teamWork = sameCustomer.length ? this.random.pick(sameCustomer) : collective.length ? this.random.pick(collective) : null;

    const establishment = workshop.establishment;
    const fallbackCustomer = this.sales.orders.find((order) => order.establishment === establishment)!.customer;
    {
      const worker = solo ? soloFor(solo)! : this.workers.find((candidate) => candidate.workshopOn[DAYS - 1] === workshopIndex)!;
      const startDate = solo ? solo.order.date : workingDayFrom(addDays(this.today, -this.random.int(30, 120)));
      const contract: DemoMadContract = {
        number: '',
        establishment,
        customer: solo?.order.customer ?? fallbackCustomer,
        orderLine: solo?.line ?? null,
        kind: MadContractKind.INDIVIDUAL,
        activity: 'Agent de production : conditionnement, manutention et approvisionnement de lignes',
        place: placeOf(solo?.order.customer ?? fallbackCustomer),
        teamSize: 1,
        startDate,
        endDate: lastDayOfPeriod(startDate, this.random.pick([6, 12, 18, 24].filter((months) => lastDayOfPeriod(startDate, months) >= addDays(this.today, 60)))),
        hourlyRateCents: solo?.line.unitPriceCents ?? 1580,
        beneficiaries: [worker.beneficiary],
      };
      if (solo) solo.contract = contract;
      contracts.push(contract);
    }
    {
      const members = teamWork ? teamFor(teamWork) : [];
      const teamSize = Math.max(2, members.length);
      const startDate = teamWork ? teamWork.order.date : workingDayFrom(addDays(this.today, -this.random.int(30, 120)));
      const endDate = lastDayOfPeriod(startDate, 3);
      const contract: DemoMadContract = {
        number: '',
        establishment,
        customer: teamWork?.order.customer ?? fallbackCustomer,
        orderLine: teamWork?.line ?? null,
        kind: MadContractKind.COLLECTIVE,
        activity: 'Travaux logistiques en équipe : réception, préparation de commandes et inventaire',
        place: placeOf(teamWork?.order.customer ?? fallbackCustomer),
        teamSize,
        startDate,
        endDate: teamWork && teamWork.lastDelivery! > endDate ? teamWork.lastDelivery! : endDate,
        // A team day is priced for the whole team: the hourly rate is per person and hour.
        hourlyRateCents: Math.round((teamWork?.line.unitPriceCents ?? 38000) / (teamSize * 7)),
        beneficiaries: [],
      };
      if (teamWork) teamWork.contract = contract;
      contracts.push(contract);
    }
    return contracts.sort(byDate((contract) => contract.startDate));
  }

  /**
   * Schedules the year day by day. Each day, every line in its window asks for its share of the
   * hours it has left (all of them on its last day); when an establishment's lines ask for more than
   * its beneficiaries present can give, every line priced by the piece gets the same fraction, so a
   * busy week leaves lines short rather than some lines empty (lines billed by the hour, and MAD
   * contracts, are served in full first: their hours are what the customer pays). A line's hours go to its planned workers first, then
   * to other beneficiaries of its workshop, then to helpers from the establishment's other workshops.
   * A delivered line still without hours on its last day goes before all others that day.
   * Quantities, statuses and allocations follow from what was scheduled.
   */
  private work(lines: LineWork[]): { records: DemoWorkRecord[]; allocations: DemoAllocation[] } {
    const plans: Plan[] = lines.map((work) => {
      const days = this.windowOf(work);
      const chosen = this.chooseWorkers(work, days.length ? days : this.workDays(work.sheet?.plannedStart ?? work.order.date, addDays(work.order.date, 14)));
      const target = days.length === 0 ? 0 : work.done ? work.fullHalves : Math.round(work.fullHalves * this.progressOf(work, days));
      return { work, days, ...chosen, byTheHour: work.line.item.unit === 'heure', remaining: target, passed: 0, byWorkerDay: new Map() };
    });
    const byDay: Plan[][] = Array.from({ length: DAYS }, () => []);
    for (const plan of plans) for (const day of plan.days) byDay[day].push(plan);

    for (let day = 0; day < DAYS; day++) {
      const today = byDay[day];
      const active = today.filter((plan) => plan.remaining > 0 && plan.workers.length + plan.pool.length > 0);
      const demand = new Map<Plan, number>();
      const asked = new Map<DemoEstablishment, number>();
      for (const plan of active) {
        const left = plan.days.length - plan.passed;
        const perDay = plan.remaining / left;
        // A small line is worked in half days or days, on some of its days only.
        if (left > 1 && perDay < HALF_DAY && this.random.next() > perDay / HALF_DAY) continue;
        const wanted = left <= 1 ? plan.remaining : Math.min(plan.remaining, Math.ceil(Math.max(perDay, HALF_DAY) * (0.7 + 0.6 * this.random.next())));
        demand.set(plan, wanted);
        if (!plan.exclusive && !plan.byTheHour) asked.set(plan.work.order.establishment, (asked.get(plan.work.order.establishment) ?? 0) + wanted);
      }
      const share = new Map<DemoEstablishment, number>();
      for (const [establishment, total] of asked) {
        const room = this.workers.reduce(
          (sum, worker) => (worker.beneficiary.establishment === establishment && worker.workshopOn[day] >= 0 ? sum + Math.max(0, worker.dailyCap - worker.used[day]) : sum),
          0,
        );
        share.set(establishment, Math.min(1, room / total));
      }
      // A delivered line that reaches its last day with nothing recorded yet (its week was overbooked)
      // is served first: a delivery always has someone's hours behind it.
      const starved = (plan: Plan) => plan.work.done && plan.days.length - plan.passed <= 1 && plan.byWorkerDay.size === 0;
      active.sort(
        (a, b) =>
          Number(starved(b)) - Number(starved(a)) ||
          Number(b.exclusive) - Number(a.exclusive) ||
          Number(b.byTheHour) - Number(a.byTheHour) ||
          a.days.length - a.passed - (b.days.length - b.passed),
      );
      for (const plan of active) {
        const wanted = demand.get(plan);
        if (wanted === undefined) continue;
        const allowance = plan.exclusive || plan.byTheHour ? wanted : Math.min(plan.remaining, Math.max(MIN_RECORD, Math.floor(wanted * share.get(plan.work.order.establishment)!)));
        this.fillDay(plan, day, allowance);
      }
      for (const plan of today) plan.passed++;
    }

    const records: DemoWorkRecord[] = [];
    const allocations: DemoAllocation[] = [];
    for (const plan of plans) {
      const lineRecords = [...plan.byWorkerDay.values()];
      this.measure(plan.work, lineRecords, plan.days);
      for (const record of lineRecords) this.settle(record, record.task ? plan.work.workshop : record.beneficiary.mainWorkshop);
      records.push(...lineRecords);
      allocations.push(...this.allocationsOf(plan, lineRecords));
    }
    records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { records, allocations };
  }

  /** Share of an open line done by today: elapsed working days over planned ones, at least what was delivered. */
  private progressOf(work: LineWork, days: number[]): number {
    const plannedEnd = work.sheet?.plannedEnd ?? workingDayFrom(addDays(work.order.date, 15));
    const planned = Math.max(1, this.workDays(work.sheet?.plannedStart ?? work.order.date, plannedEnd).length);
    const progress = Math.min(0.85, Math.max(0.15, days.length / planned));
    return Math.max(progress, Math.min(0.95, work.delivered / work.line.quantity + 0.05));
  }

  /**
   * The planned workers of a line: its MAD contract's beneficiary or team (nobody else works on a
   * contract), else (about one line in three) a work group of the workshop, else a few of the
   * workshop's beneficiaries, the least busy first. The pool is who may join when they cannot do it
   * all: the rest of the workshop, then the establishment's other workshops.
   */
  private chooseWorkers(work: LineWork, days: number[]): { workers: Worker[]; group: DemoWorkGroup | null; pool: Worker[]; exclusive: boolean } {
    const workshop = this.workshopIndex.get(work.workshop)!;
    if (work.contract) {
      if (work.contract.kind === MadContractKind.INDIVIDUAL) {
        return { workers: this.workers.filter((worker) => worker.beneficiary === work.contract!.beneficiaries[0]), group: null, pool: [], exclusive: true };
      }
      const team = work.workshop.groups.find((group) => group.name === MAD_TEAM)!;
      const index = this.groupIndex.get(team)!;
      return { workers: this.workers.filter((worker) => days.every((day) => worker.groupOn[day] === index)), group: team, pool: [], exclusive: true };
    }
    const load = new Map<Worker, number>();
    const present = this.workers.filter((worker) => worker.beneficiary.establishment === work.order.establishment && days.some((day) => worker.workshopOn[day] >= 0));
    for (const worker of present) load.set(worker, days.reduce((sum, day) => sum + worker.used[day], 0) + this.random.next() * 6);
    present.sort((a, b) => load.get(a)! - load.get(b)!);
    const eligible = present.filter((worker) => days.some((day) => worker.workshopOn[day] === workshop));
    const helpers = present.filter((worker) => !eligible.includes(worker));
    if (work.workshop.groups.length && this.random.chance(GROUP_ALLOCATION_SHARE)) {
      for (const group of this.random.sample(work.workshop.groups, work.workshop.groups.length)) {
        const index = this.groupIndex.get(group)!;
        const members = eligible.filter((worker) => days.some((day) => worker.groupOn[day] === index));
        if (members.length >= 2) return { workers: members, group, pool: [...eligible.filter((worker) => !members.includes(worker)), ...helpers], exclusive: false };
      }
    }
    const wanted = Math.min(eligible.length, Math.max(1, Math.ceil(work.fullHalves / Math.max(1, days.length * 9)) + this.random.int(0, 1)));
    return { workers: eligible.slice(0, wanted), group: null, pool: [...eligible.slice(wanted), ...helpers], exclusive: false };
  }

  /**
   * Gives a line up to `allowance` half hours on a day: to its planned workers present (in its group,
   * for a group), then to its pool, within each one's daily contract hours; a worker already on the
   * line that day gets more hours on the same record.
   */
  private fillDay(plan: Plan, day: number, allowance: number): void {
    const workshop = this.workshopIndex.get(plan.work.workshop)!;
    const groupIndex = plan.group ? this.groupIndex.get(plan.group)! : -1;
    let need = allowance;
    const candidates = [...rotated(plan.workers, plan.passed), ...plan.pool];
    for (let j = 0; j < candidates.length && need > 0 && plan.remaining > 0; j++) {
      const worker = candidates[j];
      const planned = j < plan.workers.length;
      if (worker.workshopOn[day] < 0) continue;
      if (planned && (worker.workshopOn[day] !== workshop || (groupIndex >= 0 && worker.groupOn[day] !== groupIndex))) continue;
      const key = worker.index * DAYS + day;
      const existing = plan.byWorkerDay.get(key);
      const held = existing ? existing.hundredths / HUNDREDTHS_PER_HALF : 0;
      const room = Math.min(MAX_RECORD - held, worker.dailyCap - worker.used[day]);
      // Someone new on the line that day comes for a half day at least, unless less is needed.
      if (!existing && room < Math.min(need, HALF_DAY) && plan.days.length - plan.passed > 1) continue;
      let halves = existing ? Math.min(room, need) : Math.max(MIN_RECORD, Math.min(room, need, this.random.int(HALF_DAY, MAX_RECORD)));
      // A record holds at least one hour, and no lone half hour is left for the line's last record.
      if (plan.remaining - halves === 1) halves = halves + 1 <= room ? halves + 1 : halves - 1;
      if (halves > room || halves > plan.remaining || halves < (existing ? 1 : MIN_RECORD)) continue;
      worker.used[day] += halves;
      need -= halves;
      plan.remaining -= halves;
      if (existing) existing.hundredths += halves * HUNDREDTHS_PER_HALF;
      else plan.byWorkerDay.set(key, this.record(plan.work, worker.beneficiary, this.dates[day], halves * HUNDREDTHS_PER_HALF));
    }
  }

  private record(work: LineWork, beneficiary: DemoBeneficiary, date: string, hundredths: number): DemoWorkRecord {
    return {
      beneficiary,
      date,
      orderLine: work.line,
      task: work.task,
      madContract: work.contract,
      hundredths,
      quantity: 0,
      rejectedQuantity: 0,
      comment: this.random.chance(0.02) ? this.random.pick(WORK_RECORD_COMMENTS) : null,
      status: work.done ? WorkRecordStatus.VALIDATED : WorkRecordStatus.RECORDED,
      corrects: null,
      recordedBy: work.workshop.supervisors[0],
      validatedBy: null,
      validatedOn: null,
      createdOn: date,
    };
  }

  /**
   * The quantity counted on the line's records adds up to what was delivered (what is made so far on
   * an open line), shared in proportion to hours; pieces have a few rejects (0–3 %).
   */
  private measure(work: LineWork, records: DemoWorkRecord[], days: number[]): void {
    const unit = MEASURED_IN[work.line.item.unit];
    if (!unit || records.length === 0) return;
    const quantity = work.done
      ? work.delivered
      : Math.min(work.line.quantity, Math.max(work.delivered, Math.round((work.line.quantity * this.progressOf(work, days)) / unit) * unit));
    const units = Math.floor(quantity / unit);
    const hours = records.reduce((sum, record) => sum + record.hundredths, 0);
    let given = 0;
    records.forEach((record, index) => {
      const share = index === records.length - 1 ? units - given : Math.floor((units * record.hundredths) / hours);
      given += share;
      record.quantity = share * unit;
    });
    // What does not divide into whole units (a delivered 12,35 kg) goes on the last record.
    records[records.length - 1].quantity += quantity - units * unit;
    if (work.line.item.unit !== 'pièce') return;
    const rejectRate = this.random.chance(0.3) ? 0 : 0.002 + 0.028 * this.random.next();
    for (const record of records) record.rejectedQuantity = Math.round((record.quantity / 1000) * rejectRate * (0.5 + this.random.next())) * 1000;
  }

  /**
   * Supervisors of the record's workshop (as WorkRecordService sees it: its task's sheet, else the
   * beneficiary's main workshop) enter pointages and validate each week's on Friday (the next working
   * day when it is off). The lines delivered are all validated; on open lines, this week's are still
   * recorded.
   */
  private settle(record: DemoWorkRecord, workshop: DemoWorkshop): void {
    const { supervisors } = workshop;
    record.recordedBy = supervisors[Number(record.beneficiary.matricule.slice(-4)) % supervisors.length];
    const friday = this.validationDay[this.day(record.date)];
    if (record.status !== WorkRecordStatus.VALIDATED && friday >= this.today) return;
    record.status = WorkRecordStatus.VALIDATED;
    record.validatedOn = friday < this.today ? friday : this.today;
    record.validatedBy = supervisors[Math.floor(this.day(friday) / 7) % supervisors.length];
  }

  /**
   * Who is planned on the line: its group (with planned hours and quantity for the whole line) plus
   * anyone who joined it, or each beneficiary with their share of the planned hours. Lines not
   * started yet are planned on who would do them.
   */
  private allocationsOf(plan: Plan, records: DemoWorkRecord[]): DemoAllocation[] {
    const { work } = plan;
    const createdOn = work.sheet?.createdOn ?? work.order.date;
    const measured = !!MEASURED_IN[work.line.item.unit];
    const planned = work.fullHalves * HUNDREDTHS_PER_HALF;
    const allocation = (beneficiary: DemoBeneficiary | null, workGroup: DemoWorkGroup | null, hundredths: number, quantity: number | null): DemoAllocation => ({
      orderLine: work.line,
      task: work.task,
      beneficiary,
      workGroup,
      plannedHundredths: Math.max(HUNDREDTHS_PER_HALF, Math.round(hundredths / HUNDREDTHS_PER_HALF) * HUNDREDTHS_PER_HALF),
      plannedQuantity: quantity && quantity > 0 ? quantity : null,
      createdOn,
    });
    const worked = new Map<DemoBeneficiary, number>();
    for (const record of records) worked.set(record.beneficiary, (worked.get(record.beneficiary) ?? 0) + record.hundredths);
    const allocations: DemoAllocation[] = [];
    let people = [...worked.keys()];
    if (plan.group) {
      allocations.push(allocation(null, plan.group, planned, measured ? work.line.quantity : null));
      const groupIndex = this.groupIndex.get(plan.group)!;
      people = people.filter((beneficiary) => {
        const worker = this.workers.find((candidate) => candidate.beneficiary === beneficiary)!;
        return !records.some((record) => record.beneficiary === beneficiary && worker.groupOn[this.day(record.date)] === groupIndex);
      });
      for (const beneficiary of people) allocations.push(allocation(beneficiary, null, worked.get(beneficiary)!, null));
      return allocations;
    }
    if (people.length === 0) people = plan.workers.map((worker) => worker.beneficiary);
    const total = people.reduce((sum, beneficiary) => sum + (worked.get(beneficiary) ?? 1), 0);
    for (const beneficiary of people) {
      const share = (worked.get(beneficiary) ?? 1) / total;
      const quantity = measured ? Math.round((work.line.quantity * share) / MEASURED_IN[work.line.item.unit]) * MEASURED_IN[work.line.item.unit] : null;
      allocations.push(allocation(beneficiary, null, planned * share, quantity));
    }
    return allocations;
  }

  /**
   * Three to five corrections of validated pointages, entered a few days after validation: hours
   * over-counted (the correction holds the negative difference) or pieces moved to rejects after a
   * final check. The last is still waiting for validation.
   */
  private corrections(records: DemoWorkRecord[]): DemoWorkRecord[] {
    const settled = addDays(this.today, -20);
    const candidates = records.filter(
      (record) => record.status === WorkRecordStatus.VALIDATED && !record.madContract && record.hundredths >= 250 && record.validatedOn! < settled,
    );
    const chosen = this.random.sample(candidates, this.random.int(3, 5)).sort(byDate((record) => record.validatedOn!));
    return chosen.map((original, index) => {
      const createdOn = workingDayFrom(addDays(original.validatedOn!, this.random.int(1, 8)));
      const pending = index === chosen.length - 1;
      const rejects = original.orderLine.item.unit === 'pièce' && original.quantity >= 20_000 && index === 0;
      const moved = rejects ? Math.max(1, Math.round(original.quantity / 1000 / 25)) * 1000 : 0;
      return {
        ...original,
        hundredths: rejects ? 0 : -this.random.pick([50, 100, 150].filter((hundredths) => original.hundredths - hundredths >= 100)),
        quantity: -moved,
        rejectedQuantity: moved,
        comment: rejects ? `Correction : ${moved / 1000} pièces reclassées en rebut au contrôle final` : this.random.pick(CORRECTION_COMMENTS),
        status: pending ? WorkRecordStatus.RECORDED : WorkRecordStatus.VALIDATED,
        corrects: original,
        validatedBy: pending ? null : original.validatedBy,
        validatedOn: pending ? null : workingDayFrom(addDays(createdOn, 1)) <= this.today ? workingDayFrom(addDays(createdOn, 1)) : this.today,
        createdOn,
      };
    });
  }
}

/** Initials of a name: Jean-Pierre Moreau → JPM, Élodie Rivière → ER. */
function initialsOf(firstName: string, lastName: string): string {
  return [...firstName.split('-'), lastName]
    .map((part) => part.normalize('NFD').replace(/[\u0300-\u036f]/g, '')[0].toUpperCase())
    .join('');
}

/** The items from `start` on, then those before it: work goes round the team. */
function rotated<T>(items: readonly T[], start: number): T[] {
  if (items.length === 0) return [];
  const at = start % items.length;
  return [...items.slice(at), ...items.slice(0, at)];
}

function placeOf(customer: DemoCustomer): string {
  const address = customer.delivery ?? customer.billing;
  return `${customer.legalName}, ${address.line1}${address.line2 ? `, ${address.line2}` : ''}, ${address.postalCode} ${address.city}`;
}
