"""SoftwareOne's own Marketplace client (PyPI `mpt-api-client`) against ordercon's sandbox.

The sandbox imitates the Marketplace; this driver is its judge. It goes through the
operations the official client offers on orders, agreements and subscriptions, with the
calls and body shapes that client's end-to-end tests use, and checks what comes back:
filters filter, sorts sort, pages page, statuses move. Each operation is one line of the
report; the run fails when any does.

Usage: mpt_interop.py BASE_URL TOKEN   (BASE_URL is the host root, as MPT_API_BASE_URL is)
"""

import sys
import time
import traceback

from mpt_api_client import BearerTokenAuthentication, MPTClient
from mpt_api_client.exceptions import MPTAPIError
from mpt_api_client.rql.query_builder import RQLQuery

# The sandbox's seed: what a buyer of the demo account can order and act on.
LICENSEE = "LCE-1001-2001-0001"
PRODUCT = "PRD-7301-0001"
AUTHORIZATION = "AUT-7301-0001"
ITEM = "ITM-5001-0001-0001-0001"
SECOND_ITEM = "ITM-5001-0001-0001-0003"
AGREEMENT = "AGR-2119-4550-8674-5962"
AGREEMENT_NAME = "Adobe Creative Cloud for Acme GmbH"
SUBSCRIPTION = "SUB-2119-4550-0001"
PARTNER_ID_PARAMETER = "PRM-7301-0001-0001"
USER = "USR-0000-0001"


class Report:
    """Runs named operations, one line each, and counts them."""

    def __init__(self):
        self.passed = 0
        self.failed = []

    def run(self, name, operation):
        try:
            operation()
        except Exception as error:  # any failure of an operation is reported, not raised
            self.failed.append(name)
            detail = str(error) or type(error).__name__
            print(f"FAIL {name}: {detail}")
            if not isinstance(error, (AssertionError, MPTAPIError)):
                traceback.print_exc(limit=3)
            return
        self.passed += 1
        print(f"ok   {name}")


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_not_found(call):
    try:
        call()
    except MPTAPIError as error:
        expect("404 Not Found" in str(error), f"expected 404 Not Found, got {error}")
        return
    raise AssertionError("expected 404 Not Found, got an answer")


def purchase_body(notes="Interop Purchase", quantity=10, partner_id="7654321"):
    """A Purchase as the official client creates one: the agreement it starts (licensee and
    product), the authorization, lines with their terms and the price the buyer saw."""
    price = {"currency": "USD", "unitSP": 35.2, "SPx1": None, "SPxM": 35.2, "SPxY": 422.4}
    return {
        "type": "Purchase",
        "status": "Draft",
        "agreement": {"licensee": {"id": LICENSEE}, "product": {"id": PRODUCT}},
        "authorization": {"id": AUTHORIZATION},
        "notes": notes,
        "parameters": {
            "ordering": [{"id": PARTNER_ID_PARAMETER, "value": partner_id}],
            "fulfillment": [],
        },
        "lines": [
            {
                "item": {"id": ITEM, "terms": {"model": "quantity", "period": "1m", "commitment": "1y"}},
                "price": price,
                "quantity": quantity,
            },
        ],
    }


class Interop:
    def __init__(self, base_url, token):
        self.client = MPTClient.from_config(BearerTokenAuthentication(token), base_url, timeout=20)
        self.orders = self.client.commerce.orders
        self.agreements = self.client.commerce.agreements
        self.subscriptions = self.client.commerce.subscriptions
        # What earlier operations made, for later ones to use.
        self.created = None
        self.completed = None
        self.order_subscription = None
        self.new_agreement = None
        self.report = Report()

    def new_order(self, **body):
        return self.orders.create(purchase_body(**body))

    # Orders: create, read, list

    def create_purchase(self):
        order = self.new_order()
        expect(order.status == "Draft", f"status {order.status}, not Draft")
        expect(order.type == "Purchase", f"type {order.type}")
        expect(order.agreement.licensee.id == LICENSEE, "the agreement's licensee is not the one sent")
        expect(order.agreement.product.id == PRODUCT, "the agreement's product is not the one sent")
        expect(order.authorization.id == AUTHORIZATION, "the authorization is not the one sent")
        expect(len(order.lines) == 1 and order.lines[0].quantity == 10, "the line is not the one sent")
        self.created = order

    def get_order(self):
        order = self.orders.get(self.created.id)
        expect(order.id == self.created.id, "another order came back")
        expect(order.status == "Draft", f"status {order.status}")
        omitted = order.meta.omitted if order.meta else []
        expect("lines" in omitted and "parameters" in omitted, f"$meta.omitted is {omitted}")
        expect(getattr(order, "lines", None) is None, "lines came back without being selected")

    def get_order_selected(self):
        order = self.orders.get(self.created.id, select=["+lines", "+parameters", "+audit"])
        expect(len(order.lines) == 1, "no lines though selected")
        partner = [p for p in order.parameters.ordering if p.id == PARTNER_ID_PARAMETER]
        expect(partner and partner[0].value == "7654321", "the parameter value sent at creation was dropped")
        expect(order.audit.created.at, "no audit.created.at though selected")

    def get_order_not_found(self):
        expect_not_found(lambda: self.orders.get("ORD-0000-0000"))

    def list_orders(self):
        page = self.orders.fetch_page(limit=10)
        expect(0 < len(page) <= 10, f"{len(page)} orders on a page of 10")
        expect(page.meta.pagination.limit == 10, "pagination.limit is not 10")

    def filter_id_and_type(self):
        found = list(
            self.orders.filter(RQLQuery(id=self.created.id))
            .filter(RQLQuery(type="Purchase"))
            .select("-authorization")
            .iterate()
        )
        expect([o.id for o in found] == [self.created.id], f"{len(found)} orders, not the one")
        expect(getattr(found[0], "authorization", None) is None, "select -authorization left it in")
        expect(self.orders.get(self.created.id).authorization.id == AUTHORIZATION, "no authorization without select")

    def filter_status_in(self):
        wanted = {"Completed", "Failed"}
        found = list(self.orders.filter(RQLQuery(status__in=sorted(wanted))).iterate())
        expect(found, "no Completed or Failed order")
        expect({o.status for o in found} <= wanted, f"statuses {sorted({o.status for o in found})}")

    def filter_created_between(self):
        everything = list(self.orders.select("audit").iterate())
        dates = sorted(o.audit.created.at for o in everything)
        expect(len(set(dates)) >= 3, "too few distinct creation dates to filter between")
        low, high = dates[0], dates[-1]
        found = list(
            self.orders.filter(RQLQuery("audit.created.at").gt(low) & RQLQuery("audit.created.at").lt(high))
            .select("audit")
            .iterate()
        )
        expect(0 < len(found) < len(everything), f"{len(found)} of {len(everything)} orders in between")
        expect(all(low < o.audit.created.at < high for o in found), "an order outside the range")

    def filter_agreement_id(self):
        found = list(self.orders.filter(RQLQuery(**{"agreement.id": AGREEMENT})).iterate())
        expect(found, f"no order on {AGREEMENT}")
        expect(all(o.agreement.id == AGREEMENT for o in found), "an order of another agreement")

    def filter_not_and_or(self):
        found = list(self.orders.filter(~RQLQuery(type="Purchase") | RQLQuery(id=self.created.id)).iterate())
        expect(any(o.id == self.created.id for o in found), "or() lost the created order")
        expect(all(o.type != "Purchase" or o.id == self.created.id for o in found), "not() let a Purchase through")

    def sort_by_created_descending(self):
        found = list(self.orders.order_by("-audit.created.at").select("audit").iterate())
        dates = [o.audit.created.at for o in found]
        expect(len(dates) > 1 and dates == sorted(dates, reverse=True), "not newest first")

    def sort_by_id(self):
        ids = [o.id for o in self.orders.order_by("id").iterate()]
        expect(len(ids) > 1 and ids == sorted(ids), "not in id order")

    def page_through(self):
        first = self.orders.order_by("id").fetch_page(limit=2, offset=0)
        second = self.orders.order_by("id").fetch_page(limit=2, offset=2)
        total = first.meta.pagination.total
        expect(len(first) == 2 and len(second) == 2, "pages of 2 are not 2 long")
        expect(not {o.id for o in first} & {o.id for o in second}, "two pages share an order")
        everything = list(self.orders.iterate(batch_size=3))
        expect(len(everything) == total, f"iterate gave {len(everything)} of {total}")
        expect(len({o.id for o in everything}) == total, "iterate repeated an order")

    def limit_is_capped(self):
        page = self.orders.fetch_page(limit=500)
        expect(page.meta.pagination.limit == 100, f"limit 500 came back as {page.meta.pagination.limit}")
        counted = self.orders.fetch_page(limit=0)
        expect(len(counted) == 0 and counted.meta.pagination.total > 0, "limit=0 does not only count")

    # Orders: changes and transitions

    def update_order(self):
        body = purchase_body(notes="Interop Updated Notes", quantity=12)
        order = self.orders.update(self.created.id, body)
        expect(order.notes == "Interop Updated Notes", "notes did not change")
        expect(order.lines[0].quantity == 12, "the line's quantity did not change")

    def validate_order(self):
        order = self.orders.validate(self.created.id)
        expect(order.status == "Draft", f"validate moved the order to {order.status}")

    def quote_order(self):
        order = self.orders.quote(self.new_order(notes="Interop Quote").id)
        expect(order.status == "Quoted", f"status {order.status}, not Quoted")

    def template_and_render(self):
        expect(self.orders.template(self.created.id).strip(), "the order's template is empty")
        expect(self.orders.render(self.created.id).strip(), "the rendered order is empty")

    def notify_order(self):
        quoted = self.orders.quote(self.new_order(notes="Interop Notify").id)
        self.orders.notify(quoted.id, {"userId": USER, "notifyMe": False})

    def delete_draft(self):
        order = self.new_order(notes="Interop Delete")
        self.orders.delete(order.id)
        gone = self.orders.get(order.id)
        expect(gone.status == "Deleted", f"status {gone.status} after delete")

    def process_order(self):
        order = self.orders.process(self.created.id)
        expect(order.status == "Processing", f"status {order.status}, not Processing")

    def query_order(self):
        order = self.orders.query(self.created.id)
        expect(order.status == "Querying", f"status {order.status}, not Querying")
        order = self.orders.process(self.created.id)
        expect(order.status == "Processing", f"resubmitted as {order.status}")

    def order_subscriptions(self):
        lines = self.orders.get(self.created.id, select=["+lines"]).lines
        service = self.orders.subscriptions(self.created.id)
        created = service.create({
            "name": "Interop Order Subscription",
            "parameters": {"fulfillment": []},
            "lines": [{"id": lines[0].id}],
            "terms": {"model": "quantity", "period": "1m", "commitment": "1y"},
            "autoRenew": True,
            "template": None,
        })
        expect(created.id.startswith("SUB-"), f"subscription id {created.id}")
        expect(service.get(created.id).name == "Interop Order Subscription", "get gave another name")
        expect([s.id for s in service.fetch_page(limit=10)] == [created.id], "the list is not that subscription")
        renamed = service.update(created.id, {"name": "Interop Renamed Subscription"})
        expect(renamed.name == "Interop Renamed Subscription", "update did not rename")
        found = list(service.filter(RQLQuery(id=created.id)).filter(RQLQuery(name="Interop Renamed Subscription"))
                     .select("-externalIds").iterate())
        expect(len(found) == 1, f"{len(found)} found by id and name")
        expect_not_found(lambda: service.get("SUB-0000-0000-0000"))
        self.order_subscription = created.id

    def complete_order(self):
        order = self.orders.complete(self.created.id)
        expect(order.status == "Completed", f"status {order.status}, not Completed")
        order = self.orders.get(self.created.id, select=["+lines"])
        expect(order.lines[0].subscription.id == self.order_subscription,
               "the completed line is not on the vendor's subscription")
        expect(order.agreement.id.startswith("AGR-"), "the completed order has no agreement")
        self.completed = order

    def fail_order(self):
        order = self.orders.process(self.new_order(notes="Interop Fail").id)
        failed = self.orders.fail(order.id, {"statusNotes": {"id": "INT-0001", "message": "Failing for interop"}})
        expect(failed.status == "Failed", f"status {failed.status}, not Failed")
        expect(failed.status_notes.message == "Failing for interop", "statusNotes were not kept")

    def delete_order_subscription(self):
        order = self.orders.process(self.new_order(notes="Interop Order Subscription Delete").id)
        lines = self.orders.get(order.id, select=["+lines"]).lines
        service = self.orders.subscriptions(order.id)
        created = service.create({"name": "Interop Doomed Subscription", "lines": [{"id": lines[0].id}]})
        service.delete(created.id)
        expect(len(service.fetch_page(limit=10)) == 0, "the deleted subscription is still listed")

    # Agreements

    def get_agreement(self):
        agreement = self.agreements.get(AGREEMENT)
        expect(agreement.id == AGREEMENT and agreement.name == AGREEMENT_NAME, "another agreement came back")
        expect_not_found(lambda: self.agreements.get("AGR-0000-0000"))

    def list_agreements(self):
        page = self.agreements.fetch_page(limit=10)
        expect(len(page) > 0, "no agreements")

    def filter_agreements(self):
        found = list(self.agreements.filter(RQLQuery(id=AGREEMENT)).filter(RQLQuery(name=AGREEMENT_NAME))
                     .select("-value").iterate())
        expect([a.id for a in found] == [AGREEMENT], f"{len(found)} agreements by id and name")
        active = list(self.agreements.filter(RQLQuery(status="Active")).iterate())
        expect(active and all(a.status == "Active" for a in active), "a non-Active agreement came back")

    def sort_and_page_agreements(self):
        ids = [a.id for a in self.agreements.order_by("-id").iterate()]
        expect(len(ids) > 2 and ids == sorted(ids, reverse=True), "agreements not in descending id order")
        first = self.agreements.order_by("-id").fetch_page(limit=1, offset=0)
        second = self.agreements.order_by("-id").fetch_page(limit=1, offset=1)
        expect([first[0].id, second[0].id] == ids[:2], "pages of one do not follow the order")
        expect(first.meta.pagination.total == len(ids), "total is not the count")

    def agreement_subscriptions_selected(self):
        agreement = self.agreements.get(AGREEMENT, select=["+subscriptions"])
        expect(SUBSCRIPTION in [s.id for s in agreement.subscriptions], "the subscription is not referenced")

    def create_and_update_agreement(self):
        body = {
            "name": "Interop Agreement",
            "status": "Active",
            "vendor": {"id": "ACC-7301-0002"},
            "authorization": {"id": AUTHORIZATION},
            "seller": {"id": "SEL-7301-0001"},
            "buyer": {"id": "BUY-7301-0001"},
            "licensee": {"id": LICENSEE},
            "product": {"id": PRODUCT},
            "value": {"PPxY": 120, "PPxM": 10, "SPxY": 132, "SPxM": 11, "markup": 0.1, "currency": "USD"},
            "startDate": "2026-01-01T00:00:00.000Z",
            "endDate": "2026-12-31T00:00:00.000Z",
            "externalIds": {"client": "interop-client", "vendor": "interop-vendor"},
        }
        created = self.agreements.create(body)
        expect(created.id.startswith("AGR-") and created.status == "Active", f"created {created.id} {created.status}")
        renamed = self.agreements.update(created.id, {**body, "name": "Interop Agreement Renamed"})
        expect(renamed.name == "Interop Agreement Renamed", "update did not rename")
        expect(self.agreements.get(created.id).name == "Interop Agreement Renamed", "the new name was not kept")
        self.new_agreement = created.id

    def agreement_template_and_render(self):
        expect(self.agreements.template(AGREEMENT).strip(), "the agreement's template is empty")
        expect(self.agreements.render(AGREEMENT).strip(), "the rendered agreement is empty")

    # Subscriptions

    def get_subscription(self):
        subscription = self.subscriptions.get(SUBSCRIPTION, select=["+lines"])
        expect(subscription.id == SUBSCRIPTION, "another subscription came back")
        expect(subscription.lines[0].quantity == 10, "the quantity is not on its line")
        expect_not_found(lambda: self.subscriptions.get("SUB-0000-0000-0000"))

    def list_and_filter_subscriptions(self):
        expect(len(self.subscriptions.fetch_page(limit=10)) > 0, "no subscriptions")
        found = list(self.subscriptions.filter(RQLQuery(**{"agreement.id": AGREEMENT})).iterate())
        expect(found and all(s.agreement.id == AGREEMENT for s in found), "a subscription of another agreement")
        name = self.subscriptions.get(SUBSCRIPTION).name
        one = list(self.subscriptions.filter(RQLQuery(id=SUBSCRIPTION)).filter(RQLQuery(name=name))
                   .select("-externalIds").iterate())
        expect(len(one) == 1, f"{len(one)} subscriptions by id and name")

    def created_subscriptions_are_listed(self):
        agreement = self.completed.agreement.id
        found = list(self.subscriptions.filter(RQLQuery(**{"agreement.id": agreement})).select("+lines").iterate())
        expect([s.id for s in found] == [self.order_subscription], "the completed order's subscription is missing")
        expect(found[0].lines[0].quantity == 12, "its quantity is not the order's")

    def create_update_terminate_subscription(self):
        created = self.subscriptions.create({
            "name": "Interop Subscription",
            "startDate": "2026-01-01T00:00:00.000Z",
            "commitmentDate": "2026-12-31T00:00:00.000Z",
            "autoRenew": True,
            "agreement": {"id": self.new_agreement},
            "externalIds": {"vendor": "interop-vendor"},
            "template": None,
            "lines": [{"item": {"id": SECOND_ITEM}, "quantity": 4, "price": {"unitPP": 4}}],
            "parameters": {"fulfillment": []},
        })
        expect(created.status == "Active" and created.agreement.id == self.new_agreement, "not an Active subscription of it")
        renamed = self.subscriptions.update(created.id, {"name": "Interop Subscription Renamed"})
        expect(renamed.name == "Interop Subscription Renamed", "update did not rename")
        ended = self.subscriptions.terminate(created.id)
        expect(ended.status == "Terminated", f"status {ended.status} after terminate")
        expect(self.agreements.get(self.new_agreement).status == "Terminated", "its agreement did not end with it")

    def subscription_render(self):
        expect(self.subscriptions.render(SUBSCRIPTION).strip(), "the rendered subscription is empty")

    def run(self):
        steps = [
            ("orders: create Purchase (agreement{licensee, product}, authorization, lines)", self.create_purchase),
            ("orders: get (lines and parameters omitted, $meta.omitted)", self.get_order),
            ("orders: get with select (parameter value kept from creation)", self.get_order_selected),
            ("orders: get unknown id is 404", self.get_order_not_found),
            ("orders: fetch_page limit 10", self.list_orders),
            ("orders: filter eq id, eq type, select -authorization (taken away)", self.filter_id_and_type),
            ("orders: filter in(status)", self.filter_status_in),
            ("orders: filter gt/lt audit.created.at", self.filter_created_between),
            ("orders: filter eq agreement.id", self.filter_agreement_id),
            ("orders: filter or/not", self.filter_not_and_or),
            ("orders: order by -audit.created.at", self.sort_by_created_descending),
            ("orders: order by id", self.sort_by_id),
            ("orders: pages by offset and iterate", self.page_through),
            ("orders: limit over 100 is capped, limit 0 counts", self.limit_is_capped),
            ("orders: update", self.update_order),
            ("orders: validate", self.validate_order),
            ("orders: quote", self.quote_order),
            ("orders: template and render", self.template_and_render),
            ("orders: notify", self.notify_order),
            ("orders: delete a draft", self.delete_draft),
            ("orders: process", self.process_order),
            ("orders: query (vendor, no body), process again", self.query_order),
            ("orders: order subscriptions create/get/list/update/filter", self.order_subscriptions),
            ("orders: complete", self.complete_order),
            ("orders: fail with statusNotes", self.fail_order),
            ("orders: order subscription delete", self.delete_order_subscription),
            ("agreements: get, unknown is 404", self.get_agreement),
            ("agreements: fetch_page", self.list_agreements),
            ("agreements: filter id, name, status", self.filter_agreements),
            ("agreements: order by -id and page", self.sort_and_page_agreements),
            ("agreements: select +subscriptions", self.agreement_subscriptions_selected),
            ("agreements: create and update (operations)", self.create_and_update_agreement),
            ("agreements: template and render", self.agreement_template_and_render),
            ("subscriptions: get with lines, unknown is 404", self.get_subscription),
            ("subscriptions: fetch_page, filter agreement.id, id and name", self.list_and_filter_subscriptions),
            ("subscriptions: the completed Purchase's are listed", self.created_subscriptions_are_listed),
            ("subscriptions: create, update, terminate (vendor)", self.create_update_terminate_subscription),
            ("subscriptions: render", self.subscription_render),
        ]
        for name, step in steps:
            self.report.run(name, step)
        return self.report


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: mpt_interop.py BASE_URL TOKEN")
    started = time.monotonic()
    report = Interop(sys.argv[1], sys.argv[2]).run()
    total = report.passed + len(report.failed)
    seconds = time.monotonic() - started
    print(f"mpt interop: {report.passed} of {total} operations passed ({seconds:.1f} s)")
    sys.exit(1 if report.failed else 0)


if __name__ == "__main__":
    main()
